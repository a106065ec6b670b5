using Competition.Api.Plumbing;

namespace Competition.Api.Judging;

public sealed record MarkRequest(decimal? Points);

public sealed record VersionResponse(long Version);

public sealed record ReopenRequest(string? Reason);

public static class JudgingEndpoints
{
    public static async Task<Ok<VersionResponse>> PutMark(
        Guid cid, Guid sid, Guid eid, Guid crid, MarkRequest request, HttpContext http, Access access, CommandRouter router,
        TimeProvider clock, CancellationToken ct)
    {
        var (_, judgeId) = await access.JudgeAsync(http, cid, ct);
        var check = new RequestCheck();
        var points = check.Required(request.Points, "points");
        var ifMatch = IfMatch(http, check);
        var requestId = IdempotencyKey(http, check);
        check.ThrowIfInvalid();
        var written = await router.SendAsync<Written>(
            new RecordMark(new(cid, sid, eid, judgeId), crid, points, ifMatch, requestId, clock.GetUtcNow()), ct);
        http.Response.Headers.ETag = $"\"{written.Version}\"";
        return TypedResults.Ok(new VersionResponse(written.Version));
    }

    public static async Task<NoContent> Submit(
        Guid cid, Guid sid, Guid eid, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        var (_, judgeId) = await access.JudgeAsync(http, cid, ct);
        await router.SendAsync<Written>(new SubmitJudgeSheet(new(cid, sid, eid, judgeId), clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Reopen(
        Guid cid, Guid sid, Guid eid, Guid judgeId, ReopenRequest request, HttpContext http, Access access, CommandRouter router,
        TimeProvider clock, CancellationToken ct)
    {
        var (_, callerJudgeId) = await access.OrganizerOrJudgeAsync(http, cid, ct);
        var check = new RequestCheck();
        var reason = check.Text(request.Reason, "reason", 1000);
        check.ThrowIfInvalid();
        await router.SendAsync<Written>(new ReopenJudgeSheet(new(cid, sid, eid, judgeId), reason, callerJudgeId, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

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
