using Competition.Api.Judging;
using Competition.Api.Plumbing;
using Wolverine.Http;
using static Competition.Api.Judging.JudgingEndpoints;

namespace Competition.Api.Labour;

/// An assessor's sheet of a unit in a round: the skills sheet's routes and rules, a round in place of the stage.
public static class RoundSheetEndpoints
{
    const string Sheet = "/api/contests/{cid:guid}/rounds/{rid:guid}/entries/{eid:guid}";

    [WolverinePut(Sheet + "/marks/{itemId:guid}")]
    public static Task<Ok<VersionResponse>> PutMark(
        Guid cid, Guid rid, Guid eid, Guid itemId, MarkRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct) =>
        MarkAsync(new(cid, rid, eid, Round: true), itemId, request, http, access, sheets, decisions, clock, ct);

    [WolverinePost(Sheet + "/sheet/submit")]
    public static Task<NoContent> Submit(
        Guid cid, Guid rid, Guid eid, HttpContext http, Access access, SheetWriter sheets, SheetDecisions decisions, TimeProvider clock,
        CancellationToken ct) =>
        SubmitAsync(new(cid, rid, eid, Round: true), http, access, sheets, decisions, clock, ct);

    [WolverinePost(Sheet + "/sheets/{judgeId:guid}/reopen")]
    public static Task<NoContent> Reopen(
        Guid cid, Guid rid, Guid eid, Guid judgeId, ReopenRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct) =>
        ReopenAsync(new(cid, rid, eid, Round: true), judgeId, request, http, access, sheets, decisions, clock, ct);
}
