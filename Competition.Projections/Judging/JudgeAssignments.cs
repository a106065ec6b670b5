using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
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
    /// Null when no judge has this token hash. The contest and its entries are read as written (inline);
    /// the sheets come from the board's projection, read once it has passed the judge's last mark, so a
    /// tablet reloading right after a mark sees it. False in the second item when that took longer than
    /// <paramref name="catchUp"/>.
    /// </summary>
    public static async Task<(JudgeMe? Judge, bool CaughtUp)> JudgeByTokenHashAsync(
        this IQuerySession session, string tokenHash, TimeSpan catchUp, CancellationToken ct)
    {
        if (await session.LoadAsync<IssuedToken>(tokenHash, ct) is not { JudgeId: { } judgeId } token) return (null, true);
        if (await session.ContestAsync(token.ContestId, ct) is not { } contest
            || contest.Judges.Find(j => j.Id == judgeId) is not { } judge)
            return (null, true);

        var places = Places(contest, judge).ToList();
        var sheetIds = places.Select(p => StreamIds.Sheet(judgeId, p.Entry.Id, p.Stage.Id)).ToArray();
        var lastMark = await ProjectionProgress.LastSequenceOfAsync(session, sheetIds, ct);
        if (!await ProjectionProgress.WaitForAsync(session, LeaderboardProjection.ShardName, lastMark, catchUp, ct)) return (null, false);
        var sheets = (await session.LoadManyAsync<SheetDoc>(ct, sheetIds)).ToDictionary(s => s.Id);

        var assignments = places.Select((p, i) =>
        {
            var sheet = sheets.GetValueOrDefault(sheetIds[i]);
            return new Assignment(p.Stage.Id, p.Stage.Name, p.Stage.Status, p.Entry.Id, p.Entry.Bib!.Value, p.Stage.Criteria,
                new SheetView(sheet?.Submitted == true ? "submitted" : "open", sheet?.Marks ?? [], sheet?.Version ?? 0));
        }).ToList();
        return (new JudgeMe(judgeId, contest.Id, judge.Name, judge.Chief, assignments), true);
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
