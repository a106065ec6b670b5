using Competition.Api.Reads;
using Competition.Domain.Contests;
using Competition.Projections.Contests;
using Competition.Projections.Labour;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine.Http;
using NotFound = Competition.Api.Reads.NotFound;

namespace Competition.Api.Exports;

/// <summary>GET …/categories/{catId}/results.xlsx: the category's results as the public reads them (a skills category's
/// leaderboard, a labour or points category's standings), with the award tier once the awards are under notice or
/// confirmed. Only what those public answers hold: never a person id or a birth year.</summary>
public static class ResultsExport
{
    [WolverineGet("/api/contests/{cid}/categories/{catId}/results.xlsx")]
    public static async Task<IResult> Handle(string cid, string catId, string? lang, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return NotFound.Category(cid, catId);
        if (await session.LoadAsync<ContestView>(contestId, ct) is not { } contest) return NotFound.Contest(cid);
        if (contest.Category(categoryId) is not { } category) return NotFound.Category(cid, catId);
        var texts = ExportTexts.For(ExportLanguage.English(lang, contest.Locale));
        var awards = await session.AwardsAsync(contestId, categoryId, ct);
        var tiers = awards is { Status: "notice" or "confirmed" } ? awards.Awards.ToDictionary(a => a.EntryId, a => a.Tier) : [];
        var sheet = contest.Kind switch
        {
            ContestKind.Labour => Season(texts, await session.SeasonStandingsAsync(contestId, categoryId, ct), tiers),
            ContestKind.Points => Points(texts, await session.StandingsAsync(contestId, categoryId, ct), tiers),
            _ => Board(texts, category, await session.LeaderboardAsync(contestId, categoryId, ct), tiers),
        };
        return Workbook.Answer($"{contest.Name}-{category.Name}.xlsx", sheet);
    }

    /// One column per stage; a blind stage's scores are off the board until it closes, so its cells stay empty.
    static Sheet Board(ExportTexts t, CategoryView category, LeaderboardView? board, Dictionary<Guid, string> tiers) => new(
        t.Results, [t.Rank, t.Bib, t.Name, t.Organization, .. category.Stages.Select(s => s.Name), t.Total, t.Award],
        (board?.Rows ?? []).Select(r => (IReadOnlyList<object?>)
        [
            r.Rank, r.Bib, r.Name, r.Organization,
            .. category.Stages.Select(s => r.StageScores.TryGetValue(s.Id, out var score) ? (object?)score : null),
            r.Total, tiers.GetValueOrDefault(r.EntryId),
        ]));

    /// One column per round, in season order; a round not published yet has no score.
    static Sheet Season(ExportTexts t, SeasonStandingsView? season, Dictionary<Guid, string> tiers)
    {
        var rounds = season?.Rounds ?? [];
        return new(t.Results, [t.Rank, t.Name, t.Organization, .. rounds.Select(r => r.Name), t.Total, t.Award],
            (season?.Rows ?? []).Select(r => (IReadOnlyList<object?>)
            [
                r.Rank, r.Name, r.Organization,
                .. rounds.Select(x => r.Rounds.TryGetValue(x.Id, out var score) ? (object?)score : null),
                r.Total, tiers.GetValueOrDefault(r.EntryId),
            ]));
    }

    /// One column per reason code that gave points.
    static Sheet Points(ExportTexts t, PointsStandingsView? standings, Dictionary<Guid, string> tiers)
    {
        var rows = standings?.Rows ?? [];
        var reasons = rows.SelectMany(r => r.ByReason.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        return new(t.Results, [t.Rank, t.Name, t.Organization, .. reasons, t.Total, t.Award],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Rank, r.Name, r.Organization,
                .. reasons.Select(x => r.ByReason.TryGetValue(x, out var points) ? (object?)points : null),
                r.Total, tiers.GetValueOrDefault(r.EntryId),
            ]));
    }
}
