using System.Globalization;
using System.Text.Json;
using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Domain.Points;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Points;

public sealed record GrantRequest(string? EntryId, string? ReasonCode, JsonElement? Quantity, string? OccurredOn, string? Note);

/// Grants of points: by the organizer, or a judge appointed to the entry's category (checked on the contest's state by
/// the decider); revoked by the organizer only.
public static class GrantEndpoints
{
    [WolverinePost("/api/contests/{cid:guid}/points")]
    public static async Task<Created<IdResponse>> Grant(
        Guid cid, GrantRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        var (_, judgeId) = await access.OrganizerOrJudgeAsync(http, cid, ct);
        var check = new RequestCheck();
        var entryId = check.Id(request.EntryId, "entryId");
        var reasonCode = check.Text(request.ReasonCode, "reasonCode", ContestDecider.MaxCodeLength);
        var quantity = Quantity(check, request.Quantity);
        var occurredOn = check.Date(request.OccurredOn, "occurredOn");
        var note = check.OptionalText(request.Note, "note", GrantDecider.MaxNote);
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new GrantContestPoints(cid, id, entryId, judgeId, reasonCode, quantity, occurredOn, note, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{cid}/points/{id}", new IdResponse(id));
    }

    [WolverinePost("/api/contests/{cid:guid}/points/{pid:guid}/revoke")]
    public static async Task<NoContent> Revoke(
        Guid cid, Guid pid, ReasonRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var reason = check.Text(request.Reason, "reason", 2000);
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new RevokeContestPoints(cid, pid, reason, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverinePost("/api/contests/{cid:guid}/finish")]
    public static async Task<NoContent> Finish(Guid cid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new FinishContest(cid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    /// A whole JSON number from 1 (1 when left out): 2.0 is as whole as 2, "2" and 2.5 are not.
    static int Quantity(RequestCheck check, JsonElement? value)
    {
        if (value is null or { ValueKind: JsonValueKind.Null }) return 1;
        var whole = value is { ValueKind: JsonValueKind.Number } n && n.TryGetDecimal(out var d) && d == decimal.Truncate(d)
            && d is >= 1 and <= GrantDecider.MaxQuantity;
        const string field = "quantity";
        check.Rule(whole, field, $"{field} must be a whole number from 1 to {GrantDecider.MaxQuantity}");
        return whole ? (int)value!.Value.GetDecimal() : 1;
    }
}
