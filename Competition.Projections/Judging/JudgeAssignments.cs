using System.Text.Json.Serialization;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Sheets;
using Competition.Projections.Contests;
using Marten;

namespace Competition.Projections.Judging;

/// <summary>GET /api/judge/me: the judge and what they mark. Entries appear by bib only, never by name; on a blind
/// stage by work code only, under an alias in place of the entry id, until the codes are opened.</summary>
/// <para>An assessor of a labour contest is assigned units round by round: <see cref="RoundAssignment"/>s, by unit name.</para>
public sealed record JudgeMe(Guid JudgeId, Guid ContestId, string Name, bool Chief, IReadOnlyList<object> Assignments)
{
    [JsonIgnore] public IReadOnlyList<Assignment> StageAssignments => [.. Assignments.OfType<Assignment>()];

    [JsonIgnore] public IReadOnlyList<RoundAssignment> RoundAssignments => [.. Assignments.OfType<RoundAssignment>()];
}

/// <summary><c>stageName</c> and <c>stageStatus</c> are additions so a tablet can tell what is markable now.
/// <c>workCode</c> is set on blind stages only; there <c>bib</c> is null until the codes are opened.</summary>
public sealed record Assignment(
    Guid StageId, string StageName, string StageStatus, Guid EntryId, int? Bib, IReadOnlyList<CriterionView> Criteria, SheetView Sheet,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    string? WorkCode = null);

/// <summary><c>reopenReason</c>, <c>reopenedBy</c> (the chief judge's name; absent when the organizer reopened it) and
/// <c>reopenedAt</c> are additions: set while a reopened sheet waits to be submitted again, so a tablet that was offline
/// when the push came still shows why.</summary>
public sealed record SheetView(
    string Status, IReadOnlyDictionary<Guid, decimal> Marks, long Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReopenReason = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReopenedBy = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? ReopenedAt = null);

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
        var units = RoundAssignments.Places(contest, judge).ToList();
        var sheetIds = places.Select(p => StreamIds.Sheet(judgeId, p.Entry.Id, p.Stage.Id)).ToArray();
        var unitSheetIds = units.Select(u => StreamIds.Sheet(judgeId, u.Entry.Id, u.Round.Id)).ToArray();
        var sheets = await SheetsAsync(session, [.. sheetIds, .. unitSheetIds], ct);
        SheetView SheetOf(Guid sheetId)
        {
            var (state, version, reopened) = sheets.GetValueOrDefault(sheetId, (SheetDecider.Initial, 0, null));
            return new SheetView(state.Status, state.Marks, version, reopened?.Reason,
                reopened is null || reopened.By == contest.Id ? null : contest.Judges.Find(j => j.Id == reopened.By)?.Name, reopened?.At);
        }
        var codes = await WorkCodesAsync(session, places.Where(p => p.Stage.Blind).Select(p => p.Stage.Id), ct);

        var assignments = places.Select((p, i) =>
        {
            var sheet = SheetOf(sheetIds[i]);
            if (!p.Stage.Blind)
                return new Assignment(p.Stage.Id, p.Stage.Name, p.Stage.Status, p.Entry.Id, p.Entry.Bib, p.Stage.Criteria, sheet);
            // A blind stage without its codes (drawn on another node a moment ago) shows nothing rather than a bib.
            if (!codes.TryGetValue(p.Stage.Id, out var stage) || stage.Codes.Find(c => c.EntryId == p.Entry.Id) is not { } code) return null;
            return stage.Opened
                ? new Assignment(p.Stage.Id, p.Stage.Name, p.Stage.Status, p.Entry.Id, p.Entry.Bib, p.Stage.Criteria, sheet, code.Code)
                : new Assignment(p.Stage.Id, p.Stage.Name, p.Stage.Status, code.Alias, null, p.Stage.Criteria, sheet, code.Code);
        }).OfType<Assignment>()
            // Stage by stage as placed (by bib); a blind stage's by work code: listed by bib, the codes would give the bibs away.
            .GroupBy(a => a.StageId)
            .SelectMany(stage => stage.First().WorkCode is null ? stage.AsEnumerable() : stage.OrderBy(a => a.WorkCode, StringComparer.Ordinal))
            .ToList<object>();
        assignments.AddRange(units.Select((u, i) => RoundAssignments.Of(u.Category, u.Round, u.Entry, SheetOf(unitSheetIds[i]))));
        return new JudgeMe(judgeId, contest.Id, judge.Name, judge.Chief, assignments);
    }

    static async Task<Dictionary<Guid, StageWorkCodes>> WorkCodesAsync(IQuerySession session, IEnumerable<Guid> stageIds, CancellationToken ct)
    {
        var ids = stageIds.Distinct().ToArray();
        return ids.Length == 0 ? [] : (await session.LoadManyAsync<StageWorkCodes>(ct, ids)).ToDictionary(c => c.Id);
    }

    /// <summary>Each sheet's state (the Domain's fold), stream version and the reopening it has not been submitted since,
    /// from one query over the sheets' streams.</summary>
    internal static async Task<Dictionary<Guid, (SheetState State, long Version, SheetReopened? Reopened)>> SheetsAsync(
        IQuerySession session, Guid[] sheetIds, CancellationToken ct)
    {
        var sheets = new Dictionary<Guid, (SheetState State, long Version, SheetReopened? Reopened)>();
        if (sheetIds.Length == 0) return sheets;
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => sheetIds.Contains(e.StreamId)).OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var e in events)
        {
            var (state, _, reopened) = sheets.GetValueOrDefault(e.StreamId, (SheetDecider.Initial, 0, null));
            reopened = e.Data switch { SheetReopened r => r, SheetSubmitted => null, _ => reopened };
            sheets[e.StreamId] = (SheetDecider.Evolve(state, e.Data), e.Version, reopened);
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
