using Competition.Domain.Contests;
using Competition.Projections.Contests;
using Competition.Projections.Labour;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetStandingsEndpoint
{
    /// A category's standings, built by the daemon like the leaderboards: a labour category's season standings, or a points
    /// category's. <c>?after=N</c> waits for sequence N, the ETag is the sequence, <c>?top=N&amp;offset=M</c> a window with the
    /// whole board's <c>count</c>.
    [WolverineGet("/api/contests/{cid}/categories/{catId}/standings")]
    public static async Task<IResult> Handle(string cid, string catId, long? after, HttpContext http, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return NotFound.Category(cid, catId);
        var window = GetLeaderboardEndpoint.Window(http.Request.Query);
        if (await session.LoadAsync<ContestView>(contestId, ct) is not { } contest) return NotFound.Contest(cid);
        if (contest.Category(categoryId) is null) return NotFound.Category(cid, catId);
        if (contest.Kind == ContestKind.Skills)
            throw new Domain.RuleViolation("Only a labour or points contest has standings; a skills category has its leaderboard");
        await Cacheable.WaitAfterAsync(session, after, ct);
        if (contest.Kind == ContestKind.Labour)
            return await session.SeasonStandingsAsync(contestId, categoryId, ct) is { } season
                ? Cacheable.Answer(http, window is var (top, offset) ? season.Window(top, offset) : season, season.Sequence)
                : NotFound.Category(cid, catId);
        return await session.StandingsAsync(contestId, categoryId, ct) is { } points
            ? Cacheable.Answer(http, window is var (t, o) ? points.Window(t, o) : points, points.Sequence)
            : NotFound.Category(cid, catId);
    }
}
