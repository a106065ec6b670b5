using Competition.Domain;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Marten;

namespace Competition.Api.Reads;

/// Boards, awards and standings are built by the daemon and carry the log sequence they reflect: that is
/// their ETag, so phones and CDNs poll them with If-None-Match for a 304, and a client that wrote something
/// asks for <c>?after=N</c> (its write's Event-Sequence) to get a board that includes it.
public static class Cacheable
{
    static readonly TimeSpan AfterTimeout = TimeSpan.FromSeconds(5);

    /// Waits until the boards' projection has passed <paramref name="after"/>; 503 with Retry-After when it takes longer.
    public static async Task WaitAfterAsync(IQuerySession session, long? after, CancellationToken ct)
    {
        if (after is null) return;
        if (after < 0) throw new InvalidCommand("after", "after must be a sequence number of 0 or more");
        if (!await ProjectionProgress.WaitForAsync(session, LeaderboardProjection.ShardName, after.Value, AfterTimeout, ct))
            throw new ReadBehind($"The board has not reached sequence {after} yet; try again in a moment.");
    }

    public static IResult Answer<T>(HttpContext http, T view, long sequence) =>
        NotModified(http, sequence) ?? TypedResults.Ok(view);

    /// A 304 (with the board's ETag) when the request's If-None-Match names <paramref name="sequence"/>; else null.
    public static IResult? NotModified(HttpContext http, long sequence)
    {
        var etag = $"\"{sequence}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "public, max-age=1";
        return http.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*"))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : null;
    }
}

/// A read that must reflect a position in the log the read model has not reached within the wait (503, Retry-After).
public sealed class ReadBehind(string message) : Exception(message);
