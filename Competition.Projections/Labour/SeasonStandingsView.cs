using System.Text.Json.Serialization;
using Competition.Domain.Labour;
using Competition.Projections.Leaderboards;

namespace Competition.Projections.Labour;

/// <summary>GET …/categories/{catId}/standings of a labour category: the contract's season standings (only published
/// rounds count). On a window, <c>count</c>.</summary>
public sealed record SeasonStandingsView(
    Guid ContestId, Guid CategoryId, SeasonRule Season, string Status, long Sequence, IReadOnlyList<StandingsRound> Rounds,
    IReadOnlyList<SeasonStandingsRow> Rows, RedFlagView RedFlag,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null)
{
    public SeasonStandingsView Window(int top, int offset = 0) => this with { Rows = [.. Rows.Skip(offset).Take(top)], Count = Rows.Count };

    public static SeasonStandingsView From(CategoryDoc doc)
    {
        var labour = doc.Labour;
        var published = labour.Published.ToList();
        var rounds = published.Select(r =>
        {
            var results = RoundResults.Of(doc, r);
            return new PublishedRound(r.Id, results.ToDictionary(u => u.Entry.Id, u => u.Ranked.Score.Total),
                r.Vetoes.Keys.ToHashSet(), r.Holders);
        }).ToList();
        var units = doc.Entries.Values.Where(e => e.Status == Domain.Entries.EntryStatus.Approved).Select(e => e.Id).ToList();
        var season = labour.Scheme?.Season ?? SeasonRule.Sum;
        var rows = SeasonStandings.Rank(season, units, rounds).Select(r =>
        {
            var entry = doc.Entries[r.EntryId];
            return new SeasonStandingsRow(r.Rank, r.EntryId, entry.Name, entry.Organization, r.Rounds, r.Total, r.Flags, r.Vetoed);
        }).ToList();
        var final = labour.Rounds.Count > 0 && labour.Rounds.All(r => r.Status == RoundStatus.Published);
        return new(doc.ContestId, doc.CategoryId, season, final ? "final" : "provisional", labour.StandingsSequence,
            [.. labour.Rounds.OrderBy(r => r.StartsOn).Select(r => new StandingsRound(r.Id, r.Name, r.Status, r.StartsOn, r.EndsOn))], rows,
            new RedFlagView(published.LastOrDefault()?.Holders ?? [], [.. published.Select(r => new FlagPassing(r.Id, r.Holders))]));
    }
}

public sealed record StandingsRound(Guid Id, string Name, RoundStatus Status, DateOnly StartsOn, DateOnly EndsOn);

public sealed record SeasonStandingsRow(
    int? Rank, Guid EntryId, string Name, string Organization, IReadOnlyDictionary<Guid, decimal> Rounds, decimal Total, int Flags, bool Vetoed);

public sealed record RedFlagView(IReadOnlyList<Guid> Holders, IReadOnlyList<FlagPassing> History);

public sealed record FlagPassing(Guid RoundId, IReadOnlyList<Guid> Holders);
