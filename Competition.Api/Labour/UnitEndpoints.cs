using System.Text.Json;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Labour;

public sealed record SelfAssessmentRequest(Dictionary<string, JsonElement>? Marks);

public sealed record VetoRequest(string? ItemId, string? Reason);

/// The organizer's decisions about one unit in a round: its self-assessment (自评) and a veto (一票否决).
public static class UnitEndpoints
{
    const string Unit = "/api/contests/{cid:guid}/rounds/{rid:guid}/entries/{eid:guid}";

    [WolverinePut(Unit + "/self")]
    public static async Task<NoContent> Self(
        Guid cid, Guid rid, Guid eid, SelfAssessmentRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        check.Rule(request.Marks is not null, "marks", "marks is required: an object of item id → value");
        check.Rule(request.Marks is not { Count: > 500 }, "marks", "marks has at most 500 items");
        // An empty self-assessment says nothing and would still count as the unit's own (自评) for the round.
        check.Rule(request.Marks is not { Count: 0 }, "marks", "marks needs at least one item");
        var marks = new Dictionary<Guid, decimal>();
        foreach (var (key, value) in request.Marks ?? [])
        {
            var itemId = check.Id(key, $"marks.{key}");
            var points = check.Points(value, $"marks.{key}");
            if (itemId != Guid.Empty) marks[itemId] = points;
        }
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new AssessUnitSelf(cid, rid, eid, marks, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverinePost(Unit + "/veto")]
    public static async Task<NoContent> Veto(
        Guid cid, Guid rid, Guid eid, VetoRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var itemId = check.Id(request.ItemId, "itemId");
        var reason = check.Text(request.Reason, "reason", 1000);
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new VetoContestUnit(cid, rid, eid, itemId, reason, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
