using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Contests;

// PATCH: the fields sent change, the others stay (each is merged into the current definition by RevisionHandler,
// on the state the decision is made on). DELETE removes. The rules are the Domain's (ContestDecider.Revisions):
// names change at any time, what scores depend on only before it was used; a refusal is a 409 that says why.

public sealed record ReviseCategoryRequest(string? Name);

public sealed record ReviseStageRequest(string? Name, decimal? Weight, AggregationRequest? Aggregation);

public sealed record ReviseCriterionRequest(string? Name, decimal? MaxPoints, string? Kind);

public sealed record ReviseJudgeRequest(string? Name, string? Organization, bool? Chief);

public sealed record ReviseEntryRequest(string? Name, string? Organization, IReadOnlyList<string>? Members);

public static class ReviseEndpoints
{
    const string Contest = "/api/contests/{cid:guid}";

    [WolverinePatch(Contest + "/categories/{catId:guid}")]
    public static async Task<NoContent> PatchCategory(
        Guid cid, Guid catId, ReviseCategoryRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = Changed(check, request.Name, "name");
        check.ThrowIfInvalid();
        return await SendAsync(http, bus, new PatchCategory(cid, catId, name, clock.GetUtcNow()), ct);
    }

    [WolverineDelete(Contest + "/categories/{catId:guid}")]
    public static async Task<NoContent> DeleteCategory(Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        return await SendAsync(http, bus, new DeleteCategory(cid, catId, clock.GetUtcNow()), ct);
    }

    [WolverinePatch(Contest + "/stages/{sid:guid}")]
    public static async Task<NoContent> PatchStage(
        Guid cid, Guid sid, ReviseStageRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = Changed(check, request.Name, "name");
        check.Rule(request.Weight is null or > 0 and <= 100, "weight", "weight must be more than 0 and at most 100 (a percentage: 30 for 30 %)");
        AggregationRule? rule = request.Aggregation?.Rule is null ? null : check.OneOf<AggregationRule>(request.Aggregation.Rule, "aggregation.rule");
        check.Rule(request.Aggregation?.Trim is null or >= 0 and <= 10, "aggregation.trim", "trim must be between 0 and 10");
        check.ThrowIfInvalid();
        return await SendAsync(http, bus, new PatchStage(cid, sid, name, request.Weight, rule, request.Aggregation?.Trim, clock.GetUtcNow()), ct);
    }

    [WolverineDelete(Contest + "/stages/{sid:guid}")]
    public static async Task<NoContent> DeleteStage(Guid cid, Guid sid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        return await SendAsync(http, bus, new RemoveStage(cid, sid, clock.GetUtcNow()), ct);
    }

    [WolverinePatch(Contest + "/stages/{sid:guid}/criteria/{crid:guid}")]
    public static async Task<NoContent> PatchCriterion(
        Guid cid, Guid sid, Guid crid, ReviseCriterionRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = Changed(check, request.Name, "name");
        check.Rule(request.MaxPoints is null or > 0 and <= 10_000, "maxPoints", "maxPoints must be more than 0 and at most 10000");
        CriterionKind? kind = request.Kind is null ? null : check.OneOf<CriterionKind>(request.Kind, "kind");
        check.ThrowIfInvalid();
        return await SendAsync(http, bus, new PatchCriterion(cid, sid, crid, name, request.MaxPoints, kind, clock.GetUtcNow()), ct);
    }

    [WolverineDelete(Contest + "/stages/{sid:guid}/criteria/{crid:guid}")]
    public static async Task<NoContent> DeleteCriterion(
        Guid cid, Guid sid, Guid crid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        return await SendAsync(http, bus, new RemoveCriterion(cid, sid, crid, clock.GetUtcNow()), ct);
    }

    [WolverinePatch(Contest + "/judges/{jid:guid}")]
    public static async Task<NoContent> PatchJudge(
        Guid cid, Guid jid, ReviseJudgeRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = Changed(check, request.Name, "name");
        var organization = Changed(check, request.Organization, "organization");
        check.ThrowIfInvalid();
        return await SendAsync(http, bus, new PatchJudge(cid, jid, name, organization, request.Chief, clock.GetUtcNow()), ct);
    }

    [WolverineDelete(Contest + "/judges/{jid:guid}")]
    public static async Task<NoContent> DeleteJudge(Guid cid, Guid jid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        return await SendAsync(http, bus, new RemoveJudge(cid, jid, clock.GetUtcNow()), ct);
    }

    [WolverinePatch(Contest + "/entries/{eid:guid}")]
    public static async Task<NoContent> PatchEntry(
        Guid cid, Guid eid, ReviseEntryRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = Changed(check, request.Name, "name");
        var organization = Changed(check, request.Organization, "organization");
        var members = request.Members?.Select((m, i) => check.OptionalText(m, $"members[{i}]") ?? "").ToList();
        check.ThrowIfInvalid();
        return await SendAsync(http, bus, new PatchEntry(cid, eid, name, organization, members, clock.GetUtcNow()), ct);
    }

    /// Left out: unchanged. Sent: a name as every other (blank refused, not taken as "unchanged").
    static string? Changed(RequestCheck check, string? value, string field) => value is null ? null : check.Text(value, field);

    static async Task<NoContent> SendAsync(HttpContext http, IMessageBus bus, object command, CancellationToken ct)
    {
        await bus.WriteAsync(http, command, ct);
        return TypedResults.NoContent();
    }
}
