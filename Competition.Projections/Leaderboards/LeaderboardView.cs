using System.Text.Json.Serialization;
using Competition.Domain;
using Competition.Domain.Scoring;

namespace Competition.Projections.Leaderboards;

/// <summary>The contract's leaderboard, as answered by the GET and pushed as <c>leaderboard</c>. Additions:
/// <c>blindStages</c>, each blind stage's marking progress while its codes are closed, for the whole category only;
/// <c>sheetsSubmitted</c> and <c>sheetsExpected</c>, the whole category's progress (a window's rows alone cannot
/// tell it). <c>count</c>, the number of rows of the whole board, is set on a window only.</summary>
public sealed record LeaderboardView(
    Guid ContestId, Guid CategoryId, string Status, long Sequence, IReadOnlyList<LeaderboardRow> Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BlindStageProgress>? BlindStages = null,
    int SheetsSubmitted = 0, int SheetsExpected = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RevealView? Reveal = null)
{
    /// <summary>A hidden board (it has a <see cref="Reveal"/>) is stored with its rows: they are in bib order, not rank
    /// order, until it is published, so they cannot be read as a window of rank-ordered <see cref="BoardLine"/>s.</summary>
    [JsonIgnore] public bool StoredWithRows => Reveal is not null;

    public static LeaderboardView Empty(Guid contestId, Guid categoryId, long sequence) =>
        new(contestId, categoryId, "provisional", sequence, []);

    /// <summary>The rows ranked <paramref name="offset"/>+1 … <paramref name="offset"/>+<paramref name="top"/> (by
    /// position: rows sharing a rank keep the board's order), with the whole board's <c>count</c>.</summary>
    public LeaderboardView Window(int top, int offset = 0) =>
        this with { Rows = [.. Rows.Skip(offset).Take(top)], Count = Rows.Count };

    /// <summary>Ranks the approved entries (drawn or not) by the Domain's scoring rules; withdrawn,
    /// rejected, disqualified and not yet approved entries are left out. Only the lines of the entries the batch touched
    /// are rebuilt (see <see cref="BoardRows"/>), unless something every line shows changed.</summary>
    public static LeaderboardView From(CategoryDoc doc, long sequence)
    {
        var definition = doc.Definition();
        var hidden = doc.Stages.Where(s => s.Hidden).Select(s => s.Id).ToHashSet();
        // Each stage's panel once per board, not once per entry: a national final has hundreds of entries; and each
        // organization normalized once, not at each of the judges × entries recusal checks.
        var panels = doc.Stages.ToDictionary(s => s.Id, s => doc.Panel(s.Id).ToDictionary(j => j.Id, j => new PanelJudge(j, Organizations.Normalize(j.Organization))));
        var everyLine = doc.AllScoresStale || doc.AllRowsStale;
        if (doc.AllScoresStale) doc.Scores.Clear();
        if (everyLine) doc.Rows.Reset(Ranking.TieBreakOrder(definition));
        foreach (var entryId in everyLine ? [.. doc.Entries.Keys] : doc.StaleScores.ToList())
        {
            if (doc.StaleScores.Contains(entryId)) doc.Scores.Remove(entryId);
            if (doc.Entries.GetValueOrDefault(entryId) is not { Status: Domain.Entries.EntryStatus.Approved } entry)
            {
                doc.Rows.Set(entryId, null);
                continue;
            }
            var sheets = doc.SheetsOf(entryId).Where(s => !hidden.Contains(s.StageId)).ToList();
            var score = ScoreOf(doc, entryId, () =>
            {
                var scored = Scorer.Score(definition, PointsOf(sheets));
                return new RankingRow(entryId, scored.Total, scored.StageScores);
            });
            var (done, total) = JudgesOf(panels, Organizations.Normalize(entry.Organization), sheets);
            doc.Rows.Set(entryId, new BoardRows.Line(score, done, total));
        }
        doc.StaleScores.Clear();
        doc.AllScoresStale = doc.AllRowsStale = false;
        var rows = doc.Rows.Rows((rank, line) =>
        {
            var entry = doc.Entries[line.Score.EntryId];
            var stageScores = hidden.Count == 0 ? line.Score.StageScores : line.Score.StageScores.Where(p => !hidden.Contains(p.Key)).ToDictionary();
            return new LeaderboardRow(rank, entry.Id, entry.Bib, entry.Name, entry.Organization, stageScores,
                line.Score.Total, line.Done, line.Total, doc.Awards.ConfirmedTier(entry.Id));
        });
        var ranked = hidden.Count == 0 ? null : doc.Entries.Values.Where(e => e.Status == Domain.Entries.EntryStatus.Approved).ToList();
        var blind = ranked is null ? null : doc.Stages.Where(s => s.Hidden).Select(s => Progress(doc, s, ranked, panels[s.Id])).ToList();
        var board = new LeaderboardView(doc.ContestId, doc.CategoryId, doc.AllStagesClosed ? "final" : "provisional", sequence, rows, blind,
            rows.Sum(r => r.JudgesDone) + (blind?.Sum(b => b.SheetsSubmitted) ?? 0), rows.Sum(r => r.JudgesTotal));
        return doc.Hidden ? RevealView.Apply(board, doc) : board;
    }

    /// <summary>The entry's cached score unless the batch changed it (see <see cref="CategoryDoc.Scores"/>).</summary>
    static RankingRow ScoreOf(CategoryDoc doc, Guid entryId, Func<RankingRow> score) =>
        doc.Scores.TryGetValue(entryId, out var known) ? known : doc.Scores[entryId] = score();

    /// <summary>A panel judge with the normalized organization recusals are decided by.</summary>
    sealed record PanelJudge(Domain.Contests.JudgeState Judge, string Organization)
    {
        public bool IsRecusedFrom(string normalizedOrganization) => Organizations.SameNormalized(Organization, normalizedOrganization);
    }

    /// <summary>Submitted sheets over expected ones (panel judges not recused, × ranked entries), summed over the entries.</summary>
    static BlindStageProgress Progress(
        CategoryDoc doc, StageDoc stage, List<EntryDoc> ranked, Dictionary<Guid, PanelJudge> panel)
    {
        var entries = ranked.Select(e => e.Id).ToHashSet();
        var expected = ranked.Select(e => Organizations.Normalize(e.Organization)).Sum(o => panel.Values.Count(j => !j.IsRecusedFrom(o)));
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
    static (int Done, int Total) JudgesOf(Dictionary<Guid, Dictionary<Guid, PanelJudge>> panels, string organization, IEnumerable<SheetDoc> sheets)
    {
        int done = 0, total = 0;
        foreach (var panel in panels.Values)
            foreach (var judge in panel.Values)
                if (!judge.IsRecusedFrom(organization)) total++;
        foreach (var sheet in sheets)
            if (sheet.Submitted && panels.TryGetValue(sheet.StageId, out var panel)
                && panel.TryGetValue(sheet.JudgeId, out var judge) && !judge.IsRecusedFrom(organization))
                done++;
        return (done, total);
    }
}

/// <summary><c>rank</c> and <c>total</c> are null on a hidden board's rows not revealed yet.</summary>
public sealed record LeaderboardRow(
    int? Rank, Guid EntryId, int? Bib, string Name, string Organization, IReadOnlyDictionary<Guid, decimal> StageScores,
    decimal? Total, int JudgesDone, int JudgesTotal,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Award);

public sealed record BlindStageProgress(Guid StageId, int SheetsSubmitted, int SheetsExpected);

public static class BoardWindows
{
    /// <summary>Whether two windows show the same: the same rows, each the same, and the same count. A window whose
    /// rows did not change is not pushed again, whatever the board's sequence did.</summary>
    public static bool SameWindow(LeaderboardView a, LeaderboardView b) =>
        a.Count == b.Count && a.Status == b.Status && a.Rows.Count == b.Rows.Count && a.Rows.Zip(b.Rows).All(p => SameRow(p.First, p.Second));

    public static bool SameRow(LeaderboardRow a, LeaderboardRow b) =>
        a with { StageScores = b.StageScores } == b
        && a.StageScores.Count == b.StageScores.Count && a.StageScores.All(p => b.StageScores.TryGetValue(p.Key, out var v) && v == p.Value);
}
