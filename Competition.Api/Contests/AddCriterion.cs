using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public sealed record AddCriterionRequest(string? Name, decimal? MaxPoints, string? Kind);

public static class AddCriterionEndpoint
{
    [WolverinePost("/api/contests/{cid:guid}/stages/{sid:guid}/criteria")]
    public static async Task<Created<IdResponse>> Handle(
        Guid cid, Guid sid, AddCriterionRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var max = check.Required(request.MaxPoints, "maxPoints");
        check.Rule(max is > 0 and <= 10_000, "maxPoints", "maxPoints must be more than 0 and at most 10000");
        var kind = check.OneOf<CriterionKind>(request.Kind, "kind");
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new AddCriterion(cid, sid, id, name, kind, max, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{cid}", new IdResponse(id));
    }
}
