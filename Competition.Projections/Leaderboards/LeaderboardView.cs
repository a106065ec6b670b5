using System.Text.Json.Serialization;
using Competition.Domain.Scoring;

namespace Competition.Projections.Leaderboards;

/// <summary>The contract's leaderboard, as answered by the GET and pushed as <c>leaderboard</c>. <c>blindStages</c>
/// (an addition) is each blind stage's marking progress while its codes are closed, for the whole category only.</summary>
public sealed record LeaderboardView(
    Guid ContestId, Guid CategoryId, string Status, long Sequence, IReadOnlyList<LeaderboardRow> Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BlindStageProgress>? BlindStages = null)
{
    public static LeaderboardView Empty(Guid contestId, Guid categoryId, long sequence) =>
        new(contestId, categoryId, "provisional", sequence, []);

    /// <summary>Ranks the approved entries (drawn or not) by the Domain's scoring rules; withdrawn,
    /// rejected, disqualified and not yet approved entries are left out.</summary>
    public static LeaderboardView From(CategoryDoc doc, long sequence)
    {
        var definition = doc.Definition();
        var ranked = doc.Entries.Values.Where(e => e.Status == Domain.Entries.EntryStatus.Approved).ToList();
        var hidden = doc.Stages.Where(s => s.Hidden).Select(s => s.Id).ToHashSet();
        var sheetsByEntry = doc.Sheets.Values.Where(s => !hidden.Contains(s.StageId)).ToLookup(s => s.EntryId);
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
            var stageScores = hidden.Count == 0 ? r.StageScores : r.StageScores.Where(p => !hidden.Contains(p.Key)).ToDictionary();
            return new LeaderboardRow(r.Rank, r.EntryId, entry.Bib, entry.Name, entry.Organization, stageScores,
                r.Total, done, total, doc.Awards.ConfirmedTier(r.EntryId));
        }).ToList();
        return new(doc.ContestId, doc.CategoryId, doc.AllStagesClosed ? "final" : "provisional", sequence, rows,
            hidden.Count == 0 ? null : [.. doc.Stages.Where(s => s.Hidden).Select(s => Progress(doc, s, ranked, panels[s.Id]))]);
    }

    /// <summary>Submitted sheets over expected ones (panel judges not recused, × ranked entries), summed over the entries.</summary>
    static BlindStageProgress Progress(
        CategoryDoc doc, StageDoc stage, List<EntryDoc> ranked, Dictionary<Guid, Domain.Contests.JudgeState> panel)
    {
        var entries = ranked.Select(e => e.Id).ToHashSet();
        var expected = ranked.Sum(e => panel.Values.Count(j => !j.IsRecusedFrom(e.Organization)));
        var submitted = doc.Sheets.Values.Count(s => s.StageId == stage.Id && s.Submitted && entries.Contains(s.EntryId) && panel.ContainsKey(s.JudgeId));
        return new BlindStageProgress(stage.Id, submitted, expected);
    }

    static CriterionPoints PointsOf(IEnumerable<SheetDoc> sheets)
    {
        var points = new CriterionPoints();
        foreach (var sheet in sheets)
            foreach (var (criterionId, given) in sheet.Marks) points.Add(sheet.StageId, criterionId, given);
        return points;
    }

    /// <summary>Over the category's stages: panel judges not recused from the entry, and those of
    /// them whose sheet is submitted (of a hidden stage, none are counted done until its codes open).</summary>
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

public sealed record BlindStageProgress(Guid StageId, int SheetsSubmitted, int SheetsExpected);
