using Competition.Api.Plumbing;
using Wolverine.Http;

namespace Competition.Api.Labour;

public sealed record SelfAssessmentView(Guid RoundId, Guid EntryId, IReadOnlyDictionary<Guid, decimal> Marks);

public static class GetSelfAssessmentEndpoint
{
    /// The unit's self-assessment for the round as last entered (beyond the contract: the console's dialog opens with it),
    /// from the contest's own state; empty marks when none was entered.
    [WolverineGet("/api/contests/{cid:guid}/rounds/{rid:guid}/entries/{eid:guid}/self")]
    public static async Task<SelfAssessmentView> Handle(Guid cid, Guid rid, Guid eid, HttpContext http, Access access, CancellationToken ct)
    {
        var contest = (await access.OrganizerAsync(http, cid, ct)).Active;
        var round = contest.Round(rid) ?? throw new Domain.NotFound("Round not found in this contest");
        http.Response.Headers.CacheControl = "private, no-store";
        return new SelfAssessmentView(rid, eid, round.Self.GetValueOrDefault(eid) ?? new Dictionary<Guid, decimal>());
    }
}
