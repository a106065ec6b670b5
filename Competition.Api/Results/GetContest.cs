using Competition.Api.Plumbing;
using Competition.Projections.Contests;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetContestEndpoint
{
    /// The contest view is written with the contest's own events (inline): it reflects every write answered before.
    /// Judges, and the members' details (person ids, birth years), are listed to the contest's organizer only.
    [WolverineGet("/api/contests/{cid}")]
    public static async Task<IResult> Handle(string cid, HttpContext http, Access access, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId) || await session.ContestAsync(contestId, ct) is not { } contest) return NotFound.Contest(cid);
        http.Response.Headers.Vary = "Authorization";
        if (!await access.IsOrganizerAsync(http, contestId, ct))
        {
            contest.Judges = [];
            foreach (var category in contest.Categories) category.Entries = [.. category.Entries.Select(e => e with { People = null })];
        }
        else http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(contest);
    }
}
