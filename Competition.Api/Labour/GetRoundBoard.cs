using Competition.Api.Reads;
using Competition.Projections.Labour;
using Marten;
using Wolverine.Http;
using NotFound = Competition.Api.Reads.NotFound;

namespace Competition.Api.Labour;

/// A round's board: built by the daemon, answered as the leaderboard is (<c>?after=</c>, <c>?top=&amp;offset=</c>, ETag and 304).
public static class GetRoundBoardEndpoint
{
    [WolverineGet("/api/contests/{cid}/rounds/{rid}/leaderboard")]
    public static async Task<IResult> Round(string cid, string rid, long? after, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        var window = GetLeaderboardEndpoint.Window(http.Request.Query);
        await Cacheable.WaitAfterAsync(session, after, ct);
        if (!Guid.TryParse(rid, out var roundId) || await session.RoundBoardAsync(contestId, roundId, ct) is not { } board)
            return await session.LoadAsync<Projections.Contests.ContestView>(contestId, ct) is null ? NotFound.Contest(cid) : NotFound.Round(cid, rid);
        return Cacheable.Answer(http, window is var (top, offset) ? board.Window(top, offset) : board, board.Sequence);
    }
}
