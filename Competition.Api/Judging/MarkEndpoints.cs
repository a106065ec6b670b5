using Competition.Api.Plumbing;
using Competition.Domain.Sheets;
using Competition.Api.Writing;
using Wolverine.Http;

namespace Competition.Api.Judging;

/// Points as sent: checked on the number's own digits, since a decimal would already have rounded
/// 10.0000000000000000000000000001 to 10.
public sealed record MarkRequest(System.Text.Json.JsonElement? Points);

public sealed record VersionResponse(long Version);

public sealed record ReopenRequest(string? Reason);

public static class JudgingEndpoints
{
    const string Sheet = "/api/contests/{cid:guid}/stages/{sid:guid}/entries/{eid:guid}";

    [WolverinePut(Sheet + "/marks/{crid:guid}")]
    public static Task<Ok<VersionResponse>> PutMark(
        Guid cid, Guid sid, Guid eid, Guid crid, MarkRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct) =>
        MarkAsync(new(cid, sid, eid, Round: false), crid, request, http, access, sheets, decisions, clock, ct);

    [WolverinePost(Sheet + "/sheet/submit")]
    public static Task<NoContent> Submit(
        Guid cid, Guid sid, Guid eid, HttpContext http, Access access, SheetWriter sheets, SheetDecisions decisions, TimeProvider clock,
        CancellationToken ct) =>
        SubmitAsync(new(cid, sid, eid, Round: false), http, access, sheets, decisions, clock, ct);

    [WolverinePost(Sheet + "/sheets/{judgeId:guid}/reopen")]
    public static Task<NoContent> Reopen(
        Guid cid, Guid sid, Guid eid, Guid judgeId, ReopenRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct) =>
        ReopenAsync(new(cid, sid, eid, Round: false), judgeId, request, http, access, sheets, decisions, clock, ct);

    /// <summary>The sheet a route names: of a stage, or (a labour contest's assessment) of a round.</summary>
    public sealed record SheetRoute(Guid ContestId, Guid StageOrRoundId, Guid EntryId, bool Round);

    public static async Task<Ok<VersionResponse>> MarkAsync(
        SheetRoute route, Guid crid, MarkRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct)
    {
        var (contest, judgeId) = await access.JudgeAsync(http, route.ContestId, ct);
        var check = new RequestCheck();
        var points = check.Points(RequestCheck.Body(request).Points, "points");
        var ifMatch = IfMatch(http, check);
        var requestId = IdempotencyKey(http, check);
        check.ThrowIfInvalid();
        var now = clock.GetUtcNow();
        var address = await decisions.AddressAsync(contest, route.StageOrRoundId, route.EntryId, judgeId, byJudge: true, ct, route.Round);
        var written = await sheets.SubmitAsync(address, ifMatch,
            context => new AwardMark(context, crid, points, now, requestId), Bearer(http, judgeId), ct);
        await WriteAnswers.AnswerAsync(http, written, ct);
        http.Response.Headers.ETag = $"\"{written.Version}\"";
        return TypedResults.Ok(new VersionResponse(written.Version));
    }

    public static async Task<NoContent> SubmitAsync(
        SheetRoute route, HttpContext http, Access access, SheetWriter sheets, SheetDecisions decisions, TimeProvider clock, CancellationToken ct)
    {
        var (contest, judgeId) = await access.JudgeAsync(http, route.ContestId, ct);
        var now = clock.GetUtcNow();
        var address = await decisions.AddressAsync(contest, route.StageOrRoundId, route.EntryId, judgeId, byJudge: true, ct, route.Round);
        var written = await sheets.SubmitAsync(address, null, context => new SubmitSheet(context, now), Bearer(http, judgeId), ct);
        await WriteAnswers.AnswerAsync(http, written, ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> ReopenAsync(
        SheetRoute route, Guid judgeId, ReopenRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct)
    {
        var (contest, callerJudgeId) = await access.OrganizerOrJudgeAsync(http, route.ContestId, ct);
        var check = new RequestCheck();
        var reason = check.Text(RequestCheck.Body(request).Reason, "reason", 1000);
        check.ThrowIfInvalid();
        var now = clock.GetUtcNow();
        var address = await decisions.AddressAsync(contest, route.StageOrRoundId, route.EntryId, judgeId, byJudge: callerJudgeId is not null, ct, route.Round);
        var written = await sheets.SubmitAsync(address, null,
            context => new ReopenSheet(context, reason, callerJudgeId ?? route.ContestId, callerJudgeId is null, now),
            callerJudgeId is { } chief ? Bearer(http, chief) : null, ct);
        await WriteAnswers.AnswerAsync(http, written, ct);
        return TypedResults.NoContent();
    }

    static JudgeBearer Bearer(HttpContext http, Guid judgeId) => new(Tokens.BearerHash(http)!, judgeId);

    /// An offline tablet names each judge action once and resends it under the same key until answered.
    static string? IdempotencyKey(HttpContext http, RequestCheck check)
    {
        var key = http.Request.Headers["Idempotency-Key"].ToString().Trim();
        if (key.Length == 0) return null;
        check.Rule(key.Length <= 100 && key.All(ch => ch > ' ' && ch < 127), "Idempotency-Key",
            "Idempotency-Key must be at most 100 visible ASCII characters, e.g. a UUID");
        return key;
    }

    static long? IfMatch(HttpContext http, RequestCheck check)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(header)) return null;
        if (long.TryParse(header.Trim().Trim('"').Replace("W/", "").Trim('"'), out var version)) return version;
        check.Rule(false, "If-Match", "If-Match must be the sheet's version, e.g. \"3\"");
        return null;
    }
}
