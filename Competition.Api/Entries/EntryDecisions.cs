using Competition.Api.Plumbing;
using Competition.Domain.Entries;

namespace Competition.Api.Entries;

public sealed record ReasonRequest(string? Reason);

/// Approve, reject, withdraw, disqualify: organizer decisions on one entry stream.
public static class EntryDecisionEndpoints
{
    public static Task<NoContent> Approve(Guid cid, Guid eid, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, router, ct, new ApproveEntry(eid, clock.GetUtcNow()));

    public static Task<NoContent> Withdraw(Guid cid, Guid eid, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, router, ct, new WithdrawEntry(eid, clock.GetUtcNow()));

    public static Task<NoContent> Reject(Guid cid, Guid eid, ReasonRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, router, ct, new RejectEntry(eid, Reason(request), clock.GetUtcNow()));

    public static Task<NoContent> Disqualify(Guid cid, Guid eid, ReasonRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, router, ct, new DisqualifyEntry(eid, Reason(request), clock.GetUtcNow()));

    static string Reason(ReasonRequest request)
    {
        var check = new RequestCheck();
        var reason = check.Text(request.Reason, "reason", 1000);
        check.ThrowIfInvalid();
        return reason;
    }

    static async Task<NoContent> Send(Guid cid, Guid eid, HttpContext http, Access access, CommandRouter router, CancellationToken ct, EntryCommand command)
    {
        await access.OrganizerAsync(http, cid, ct);
        await router.SendAsync<Written>(new DecideOnEntry(cid, command), ct);
        return TypedResults.NoContent();
    }
}

/// An entry command checked to belong to the contest of the route.
public sealed record DecideOnEntry(Guid ContestId, EntryCommand Command);
