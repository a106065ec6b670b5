using System.Text.Json;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Contests;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Points;

public sealed record AddReasonRequest(string? Code, string? Name, JsonElement? Points, JsonElement? CapPerEntry);

public sealed record ReasonView(Guid Id, string Code, string Name, decimal Points, decimal? CapPerEntry);

/// A points category's reasons table (积分事由): written to the contest stream and read back from its state, so a GET
/// right after the write sees it.
public static class ReasonEndpoints
{
    const string Reasons = "/api/contests/{cid:guid}/categories/{catId:guid}/reasons";

    [WolverinePost(Reasons)]
    public static async Task<Created<IdResponse>> Add(
        Guid cid, Guid catId, AddReasonRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var code = check.Text(request.Code, "code", ContestDecider.MaxCodeLength);
        var name = check.Text(request.Name, "name");
        var points = check.Points(request.Points, "points");
        check.Rule(request.Points is not { ValueKind: JsonValueKind.Number } || points != 0, "points",
            "points must not be 0: a reason is worth points, or below 0 a deduction");
        decimal? cap = request.CapPerEntry is null or { ValueKind: JsonValueKind.Null } ? null : check.Points(request.CapPerEntry, "capPerEntry");
        check.Rule(cap is null or > 0, "capPerEntry", "capPerEntry must be above 0 when given");
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new AddReason(cid, catId, id, code, name, points, cap, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{cid}/categories/{catId}/reasons", new IdResponse(id));
    }

    [WolverineGet(Reasons)]
    public static async Task<IReadOnlyList<ReasonView>> List(Guid cid, Guid catId, ContestSnapshots contests, CancellationToken ct)
    {
        var contest = (await contests.LoadAsync(cid, ct)).Active;
        var category = contest.Category(catId) ?? throw new Domain.NotFound("Category not found in this contest");
        if (contest.Kind != ContestKind.Points)
            throw new Domain.RuleViolation("Only a points contest (kind points) has reasons, grants and a season to finish");
        return [.. category.Reasons.Select(r => new ReasonView(r.Id, r.Code, r.Name, r.Points, r.CapPerEntry))];
    }
}
