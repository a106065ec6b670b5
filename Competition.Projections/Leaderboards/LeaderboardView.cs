using System.Text.Json.Serialization;
using Competition.Domain.Scoring;

namespace Competition.Projections.Leaderboards;

/// <summary>The contract's leaderboard, as answered by the GET and pushed as <c>leaderboard</c>.</summary>
public sealed record LeaderboardView(
    Guid ContestId, Guid CategoryId, string Status, long Sequence, IReadOnlyList<LeaderboardRow> Rows)
{
    public static LeaderboardView Empty(Guid contestId, Guid categoryId, long sequence) =>
        new(contestId, categoryId, "provisional", sequence, []);

    /// <summary>Ranks the approved entries (drawn or not) by the Domain's scoring rules; withdrawn,
    /// rejected, disqualified and not yet approved entries are left out.</summary>
    public static LeaderboardView From(CategoryDoc doc, long sequence)
    {
        var definition = doc.Definition();
        var ranked = doc.Entries.Values.Where(e => e.Status == Domain.Entries.EntryStatus.Approved).ToList();
        var sheetsByEntry = doc.Sheets.Values.ToLookup(s => s.EntryId);
        // Each stage's panel once per board, not once per entry: a national final has hundreds of entries.
        var panels = doc.Stages.ToDictionary(s => s.Id, s => doc.Panel(s.Id).ToDictionary(j => j.Id));
        var scores = ranked.Select(e =>
        {
            var score = Scorer.Score(definition, PointsOf(sheetsByEntry[e.Id]));
            return new RankingRow(e.Id, score.Total, score.StageScores);
        });
        var rows = Ranking.Rank(scores, definition).Select(r =>
        {
            var entry = doc.Entries[r.EntryId];
            var (done, total) = JudgesOf(panels, entry, sheetsByEntry[entry.Id]);
            return new LeaderboardRow(r.Rank, r.EntryId, entry.Bib, entry.Name, entry.Organization, r.StageScores,
                r.Total, done, total, doc.Awards.ConfirmedTier(r.EntryId));
        }).ToList();
        return new(doc.ContestId, doc.CategoryId, doc.AllStagesClosed ? "final" : "provisional", sequence, rows);
    }

    static CriterionPoints PointsOf(IEnumerable<SheetDoc> sheets)
    {
        var points = new CriterionPoints();
        foreach (var sheet in sheets)
            foreach (var (criterionId, given) in sheet.Marks) points.Add(sheet.StageId, criterionId, given);
        return points;
    }

    /// <summary>Over the category's stages: panel judges not recused from the entry, and those of
    /// them whose sheet is submitted.</summary>
    static (int Done, int Total) JudgesOf(
        Dictionary<Guid, Dictionary<Guid, Domain.Contests.JudgeState>> panels, EntryDoc entry, IEnumerable<SheetDoc> sheets)
    {
        int done = 0, total = 0;
        foreach (var panel in panels.Values)
            foreach (var judge in panel.Values)
                if (!judge.IsRecusedFrom(entry.Organization)) total++;
        foreach (var sheet in sheets)
            if (sheet.Submitted && panels.TryGetValue(sheet.StageId, out var panel)
                && panel.TryGetValue(sheet.JudgeId, out var judge) && !judge.IsRecusedFrom(entry.Organization))
                done++;
        return (done, total);
    }
}

public sealed record LeaderboardRow(
    int Rank, Guid EntryId, int? Bib, string Name, string Organization, IReadOnlyDictionary<Guid, decimal> StageScores,
    decimal Total, int JudgesDone, int JudgesTotal,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Award);
