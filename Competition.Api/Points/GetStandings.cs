using Competition.Api.Reads;
using Competition.Domain.Contests;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Points;

public static class GetStandingsEndpoint
{
    /// A points category's standings, built by the daemon like the leaderboards: <c>?after=N</c> waits for sequence N,
    /// the ETag is the sequence, <c>?top=N&amp;offset=M</c> a window with the whole board's <c>count</c>.
    [WolverineGet("/api/contests/{cid}/categories/{catId}/standings")]
    public static async Task<IResult> Handle(string cid, string catId, long? after, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return Reads.NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return Reads.NotFound.Category(cid, catId);
        var window = GetLeaderboardEndpoint.Window(http.Request.Query);
        if (await session.LoadAsync<ContestView>(contestId, ct) is not { } contest) return Reads.NotFound.Contest(cid);
        if (contest.Category(categoryId) is null) return Reads.NotFound.Category(cid, catId);
        if (contest.Kind != ContestKind.Points)
            throw new Domain.RuleViolation("Only a points contest (kind points) has reasons, grants and a season to finish");
        await Cacheable.WaitAfterAsync(session, after, ct);
        if (await session.StandingsAsync(contestId, categoryId, ct) is not { } standings)
            return await GetLeaderboardEndpoint.UnknownAsync(session, contestId, cid, catId, ct);
        return Cacheable.Answer(http, window is var (top, offset) ? standings.Window(top, offset) : standings, standings.Sequence);
    }
}
