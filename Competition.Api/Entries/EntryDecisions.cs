using Competition.Api.Plumbing;
using Competition.Domain.Entries;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Entries;

public sealed record ReasonRequest(string? Reason);

/// Approve, reject, withdraw, disqualify: organizer decisions on one entry stream.
public static class EntryDecisionEndpoints
{
    [WolverinePost("/api/contests/{cid:guid}/entries/{eid:guid}/approve")]
    public static Task<NoContent> Approve(Guid cid, Guid eid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, bus, ct, new ApproveEntry(eid, clock.GetUtcNow()));

    [WolverinePost("/api/contests/{cid:guid}/entries/{eid:guid}/withdraw")]
    public static Task<NoContent> Withdraw(Guid cid, Guid eid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, bus, ct, new WithdrawEntry(eid, clock.GetUtcNow()));

    [WolverinePost("/api/contests/{cid:guid}/entries/{eid:guid}/reject")]
    public static Task<NoContent> Reject(Guid cid, Guid eid, ReasonRequest? request, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, bus, ct, new RejectEntry(eid, Reason(request), clock.GetUtcNow()));

    [WolverinePost("/api/contests/{cid:guid}/entries/{eid:guid}/disqualify")]
    public static Task<NoContent> Disqualify(Guid cid, Guid eid, ReasonRequest? request, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        Send(cid, eid, http, access, bus, ct, new DisqualifyEntry(eid, Reason(request), clock.GetUtcNow()));

    static string Reason(ReasonRequest? request)
    {
        var check = new RequestCheck();
        var reason = check.Text(RequestCheck.Body(request).Reason, "reason", 1000);
        check.ThrowIfInvalid();
        return reason;
    }

    static async Task<NoContent> Send(Guid cid, Guid eid, HttpContext http, Access access, IMessageBus bus, CancellationToken ct, EntryCommand command)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new DecideOnEntry(cid, command), ct);
        return TypedResults.NoContent();
    }
}

/// An entry command checked to belong to the contest of the route.
public sealed record DecideOnEntry(Guid ContestId, EntryCommand Command);
