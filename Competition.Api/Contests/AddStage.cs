using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public sealed record AggregationRequest(string? Rule, int? Trim);

/// <summary><c>blind</c>: its judges mark work codes, not bibs (二次加密).</summary>
public sealed record AddStageRequest(string? Name, decimal? Weight, AggregationRequest? Aggregation, bool? Blind);

public static class AddStageEndpoint
{
    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/stages")]
    public static async Task<Created<IdResponse>> Handle(
        Guid cid, Guid catId, AddStageRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var weight = check.Required(request.Weight, "weight");
        check.Rule(weight is >= 0 and <= 100, "weight", "weight must be between 0 and 100");
        var rule = check.OneOf<AggregationRule>(request.Aggregation?.Rule, "aggregation.rule");
        var trim = request.Aggregation?.Trim ?? (rule == AggregationRule.TrimmedMean ? 1 : 0);
        check.Rule(trim is >= 0 and <= 10, "aggregation.trim", "trim must be between 0 and 10");
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new AddStage(cid, catId, id, name, weight, rule, trim, clock.GetUtcNow(),
            request.Blind ?? false, WorkSeeds.New()), ct);
        return TypedResults.Created($"/api/contests/{cid}", new IdResponse(id));
    }
}
