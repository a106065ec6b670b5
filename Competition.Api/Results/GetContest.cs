using Competition.Projections.Contests;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetContestEndpoint
{
    /// The contest view is written with the contest's own events (inline): it reflects every write answered before.
    [WolverineGet("/api/contests/{cid}")]
    public static async Task<IResult> Handle(string cid, IQuerySession session, CancellationToken ct) =>
        Guid.TryParse(cid, out var contestId) && await session.ContestAsync(contestId, ct) is { } contest
            ? TypedResults.Ok(contest)
            : NotFound.Contest(cid);
}
