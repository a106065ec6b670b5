using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetLeaderboardEndpoint
{
    [WolverineGet("/api/contests/{cid}/categories/{catId}/leaderboard")]
    public static async Task<IResult> Handle(string cid, string catId, long? after, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return NotFound.Category(cid, catId);
        await Cacheable.WaitAfterAsync(session, after, ct);
        return await session.LeaderboardAsync(contestId, categoryId, ct) is { } board
            ? Cacheable.Answer(http, board, board.Sequence)
            : await UnknownAsync(session, contestId, cid, catId, ct);
    }

    /// Tells an unknown contest from an unknown category of a known one.
    internal static async Task<IResult> UnknownAsync(IQuerySession session, Guid contestId, string cid, string catId, CancellationToken ct) =>
        await session.LoadAsync<ContestView>(contestId, ct) is null
            ? NotFound.Contest(cid)
            : NotFound.Category(cid, catId);
}
