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
    public static async Task<Ok<VersionResponse>> PutMark(
        Guid cid, Guid sid, Guid eid, Guid crid, MarkRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct)
    {
        var (contest, judgeId) = await access.JudgeAsync(http, cid, ct);
        var check = new RequestCheck();
        var points = check.Points(RequestCheck.Body(request).Points, "points");
        var ifMatch = IfMatch(http, check);
        var requestId = IdempotencyKey(http, check);
        check.ThrowIfInvalid();
        var now = clock.GetUtcNow();
        var address = await decisions.AddressAsync(contest, sid, eid, judgeId, byJudge: true, ct);
        var written = await sheets.SubmitAsync(address, ifMatch,
            context => new AwardMark(context, crid, points, now, requestId), Bearer(http, judgeId), ct);
        await WriteAnswers.AnswerAsync(http, written, ct);
        http.Response.Headers.ETag = $"\"{written.Version}\"";
        return TypedResults.Ok(new VersionResponse(written.Version));
    }

    [WolverinePost(Sheet + "/sheet/submit")]
    public static async Task<NoContent> Submit(
        Guid cid, Guid sid, Guid eid, HttpContext http, Access access, SheetWriter sheets, SheetDecisions decisions, TimeProvider clock,
        CancellationToken ct)
    {
        var (contest, judgeId) = await access.JudgeAsync(http, cid, ct);
        var now = clock.GetUtcNow();
        var address = await decisions.AddressAsync(contest, sid, eid, judgeId, byJudge: true, ct);
        var written = await sheets.SubmitAsync(address, null, context => new SubmitSheet(context, now), Bearer(http, judgeId), ct);
        await WriteAnswers.AnswerAsync(http, written, ct);
        return TypedResults.NoContent();
    }

    [WolverinePost(Sheet + "/sheets/{judgeId:guid}/reopen")]
    public static async Task<NoContent> Reopen(
        Guid cid, Guid sid, Guid eid, Guid judgeId, ReopenRequest? request, HttpContext http, Access access, SheetWriter sheets,
        SheetDecisions decisions, TimeProvider clock, CancellationToken ct)
    {
        var (contest, callerJudgeId) = await access.OrganizerOrJudgeAsync(http, cid, ct);
        var check = new RequestCheck();
        var reason = check.Text(RequestCheck.Body(request).Reason, "reason", 1000);
        check.ThrowIfInvalid();
        var now = clock.GetUtcNow();
        var address = await decisions.AddressAsync(contest, sid, eid, judgeId, byJudge: callerJudgeId is not null, ct);
        var written = await sheets.SubmitAsync(address, null,
            context => new ReopenSheet(context, reason, callerJudgeId ?? cid, callerJudgeId is null, now),
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
