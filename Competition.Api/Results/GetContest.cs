using Competition.Api.Plumbing;
using Competition.Projections.Contests;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetContestEndpoint
{
    /// The contest view is written with the contest's own events (inline): it reflects every write answered before.
    /// Judges are listed to the contest's organizer only: who judges, and for which organization, is no public matter.
    [WolverineGet("/api/contests/{cid}")]
    public static async Task<IResult> Handle(string cid, HttpContext http, Access access, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId) || await session.ContestAsync(contestId, ct) is not { } contest) return NotFound.Contest(cid);
        http.Response.Headers.Vary = "Authorization";
        if (!await access.IsOrganizerAsync(http, contestId, ct)) contest.Judges = [];
        else http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(contest);
    }
}
