using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Sheets;
using Competition.Projections.Contests;
using Marten;

namespace Competition.Projections.Judging;

/// <summary>GET /api/judge/me: the judge and what they mark. Entries appear by bib only, never by name.</summary>
public sealed record JudgeMe(Guid JudgeId, Guid ContestId, string Name, bool Chief, IReadOnlyList<Assignment> Assignments);

/// <summary><c>stageName</c> and <c>stageStatus</c> are additions so a tablet can tell what is markable now.</summary>
public sealed record Assignment(
    Guid StageId, string StageName, string StageStatus, Guid EntryId, int Bib, IReadOnlyList<CriterionView> Criteria, SheetView Sheet);

public sealed record SheetView(string Status, IReadOnlyDictionary<Guid, decimal> Marks, long Version);

public static class JudgeAssignments
{
    /// <summary>
    /// Null when no judge has this token hash. The contest and its entries are read as written (inline), the sheets
    /// from their own streams: a tablet reloading right after a mark sees it, without waiting for the boards.
    /// </summary>
    public static async Task<JudgeMe?> JudgeByTokenHashAsync(this IQuerySession session, string tokenHash, CancellationToken ct)
    {
        if (await session.LoadAsync<IssuedToken>(tokenHash, ct) is not { JudgeId: { } judgeId } token) return null;
        if (await session.ContestAsync(token.ContestId, ct) is not { } contest
            || contest.Judges.Find(j => j.Id == judgeId) is not { } judge)
            return null;

        var places = Places(contest, judge).ToList();
        var sheetIds = places.Select(p => StreamIds.Sheet(judgeId, p.Entry.Id, p.Stage.Id)).ToArray();
        var sheets = await SheetsAsync(session, sheetIds, ct);

        var assignments = places.Select((p, i) =>
        {
            var (state, version) = sheets.GetValueOrDefault(sheetIds[i], (SheetDecider.Initial, 0));
            return new Assignment(p.Stage.Id, p.Stage.Name, p.Stage.Status, p.Entry.Id, p.Entry.Bib!.Value, p.Stage.Criteria,
                new SheetView(state.Status, state.Marks, version));
        }).ToList();
        return new JudgeMe(judgeId, contest.Id, judge.Name, judge.Chief, assignments);
    }

    /// <summary>Each sheet's state (the Domain's fold) and stream version, from one query over the sheets' streams.</summary>
    static async Task<Dictionary<Guid, (SheetState State, long Version)>> SheetsAsync(IQuerySession session, Guid[] sheetIds, CancellationToken ct)
    {
        var sheets = new Dictionary<Guid, (SheetState State, long Version)>();
        if (sheetIds.Length == 0) return sheets;
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => sheetIds.Contains(e.StreamId)).OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var e in events)
        {
            var (state, _) = sheets.GetValueOrDefault(e.StreamId, (SheetDecider.Initial, 0));
            sheets[e.StreamId] = (SheetDecider.Evolve(state, e.Data), e.Version);
        }
        return sheets;
    }

    /// <summary>Each stage on the judge's panel × approved, drawn entries the judge is not recused from, by bib.</summary>
    static IEnumerable<(StageView Stage, EntryLine Entry)> Places(ContestView contest, JudgeView judgeView)
    {
        var judge = new JudgeState(judgeView.Id, judgeView.Name, judgeView.Organization, judgeView.CategoryIds, judgeView.StageIds, judgeView.Chief);
        foreach (var category in judge.CategoryIds.Select(contest.Category).OfType<CategoryView>())
        {
            var entries = category.Entries
                .Where(e => e is { Status: EntryStatus.Approved, Bib: not null } && !judge.IsRecusedFrom(e.Organization))
                .OrderBy(e => e.Bib).ToList();
            foreach (var stage in category.Stages.Where(s => judge.SitsOn(category.Id, s.Id)))
                foreach (var entry in entries) yield return (stage, entry);
        }
    }
}
