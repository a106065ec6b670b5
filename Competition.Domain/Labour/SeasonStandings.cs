using Competition.Domain.Scoring;

namespace Competition.Domain.Labour;

/// <summary>A published round as the season sees it: each unit's total, who was vetoed, who took the flag.</summary>
public sealed record PublishedRound(Guid RoundId, IReadOnlyDictionary<Guid, decimal> Totals, IReadOnlySet<Guid> Vetoed, IReadOnlyList<Guid> Holders);

public sealed record SeasonRow(int? Rank, Guid EntryId, IReadOnlyDictionary<Guid, decimal> Rounds, decimal Total, int Flags, bool Vetoed);

/// <summary>The contract's season standings: only published rounds count.</summary>
public static class SeasonStandings
{
    public static IReadOnlyList<SeasonRow> Rank(SeasonRule rule, IReadOnlyList<Guid> units, IReadOnlyList<PublishedRound> published)
    {
        var rows = units.Select(unit =>
        {
            var rounds = published.ToDictionary(r => r.RoundId, r => r.Totals.GetValueOrDefault(unit));
            var sum = rounds.Values.Sum();
            var total = rule == SeasonRule.Mean && published.Count > 0 ? sum / published.Count : sum;
            return new SeasonRow(null, unit, rounds, Rounding.Round2(total),
                published.Count(r => r.Holders.Contains(unit)), published.Any(r => r.Vetoed.Contains(unit)));
        }).ToList();
        // 一票否决: a unit vetoed in any published round is out of the season's ranking.
        var ranked = Ranking.Rank(rows.Where(r => !r.Vetoed).Select(r => new RankingRow(r.EntryId, r.Total, new Dictionary<Guid, decimal>())), []);
        var byId = rows.ToDictionary(r => r.EntryId);
        return
        [
            .. ranked.Select(r => byId[r.EntryId] with { Rank = r.Rank }),
            .. rows.Where(r => r.Vetoed).OrderByDescending(r => r.Total).ThenBy(r => r.EntryId),
        ];
    }
}
