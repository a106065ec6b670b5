using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetLeaderboardEndpoint
{
    [WolverineGet("/api/contests/{cid}/categories/{catId}/leaderboard")]
    /// <c>?top=N&amp;offset=M</c>: the rows ranked M+1 … M+N with the whole board's <c>count</c> (a big screen or a phone
    /// shows a window of a board that may have thousands of rows); without them, the whole board.
    public static async Task<IResult> Handle(
        string cid, string catId, long? after, HttpContext http, IQuerySession session, BoardSequences sequences, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return NotFound.Category(cid, catId);
        var window = Window(http.Request.Query);
        // A phone polling the board it has: answered from what this node heard a moment ago, without a read.
        if (after is null && http.Request.Headers.IfNoneMatch.Count > 0 && sequences.Current(contestId, categoryId) is { } current
            && Cacheable.NotModified(http, current) is { } notModified)
            return notModified;
        await Cacheable.WaitAfterAsync(session, after, ct);
        var (top, offset) = window ?? (int.MaxValue, 0);
        if (await session.LeaderboardAsync(contestId, categoryId, top, offset, ct) is not { } board) return await UnknownAsync(session, contestId, cid, catId, ct);
        sequences.Saw(contestId, categoryId, board.Sequence);
        return Cacheable.Answer(http, board, board.Sequence);
    }

    public const int MaxTop = 10_000;

    /// Read from the query itself, so that a value that is not a whole number is refused rather than ignored.
    internal static (int Top, int Offset)? Window(IQueryCollection query)
    {
        var check = new Competition.Api.Plumbing.RequestCheck();
        int? Read(string name, int min, int max)
        {
            if (!query.TryGetValue(name, out var values)) return null;
            var ok = int.TryParse(values.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && n >= min && n <= max;
            check.Rule(ok, name, $"{name} must be a whole number from {min} to {max}");
            return ok ? n : null;
        }
        var top = Read("top", 1, MaxTop);
        var offset = Read("offset", 0, int.MaxValue);
        check.ThrowIfInvalid();
        return top is null && offset is null ? null : (top ?? int.MaxValue, offset ?? 0);
    }

    /// Tells an unknown contest from an unknown category of a known one.
    internal static async Task<IResult> UnknownAsync(IQuerySession session, Guid contestId, string cid, string catId, CancellationToken ct) =>
        await session.LoadAsync<ContestView>(contestId, ct) is null
            ? NotFound.Contest(cid)
            : NotFound.Category(cid, catId);
}
