using Competition.Domain;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetAwardsEndpoint
{
    static readonly TimeSpan CatchUp = TimeSpan.FromSeconds(5);

    /// Read-your-writes: the view is the daemon's, read once it has passed the last event of the category's awards stream.
    [WolverineGet("/api/contests/{cid}/categories/{catId}/awards")]
    public static async Task<IResult> Handle(string cid, string catId, long? after, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return NotFound.Category(cid, catId);
        await Cacheable.WaitAfterAsync(session, after, ct);
        var lastWrite = await ProjectionProgress.LastSequenceOfAsync(session, [StreamIds.Awards(categoryId)], ct);
        if (!await ProjectionProgress.WaitForAsync(session, LeaderboardProjection.ShardName, lastWrite, CatchUp, ct))
            throw new ReadBehind("The awards view has not caught up with the last awards decision yet; try again in a moment.");
        return await session.AwardsAsync(contestId, categoryId, ct) is { } awards
            ? Cacheable.Answer(http, awards, awards.Sequence)
            : await GetLeaderboardEndpoint.UnknownAsync(session, contestId, cid, catId, ct);
    }
}
