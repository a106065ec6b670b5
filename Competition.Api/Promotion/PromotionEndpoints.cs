using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Promotion;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Promotion;

public sealed record PromotionRequest(string? ParentCategoryId, int? Top, decimal? MinTotal, int? QuotaPerOrganization);

public sealed record DeclineRequest(string? EntryId, string? Reason);

/// <summary>Promotion to the parent contest (选拔晋级): the rule, the proposal from the confirmed results, declines that pass
/// the slot down, and the confirmation that registers the qualifiers in the parent's category.</summary>
public static class PromotionEndpoints
{
    const string Route = "/api/contests/{cid:guid}/categories/{catId:guid}/promotion";

    [WolverinePut(Route)]
    public static async Task<NoContent> Put(
        Guid cid, Guid catId, PromotionRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var parentCategoryId = check.Id(request.ParentCategoryId, "parentCategoryId");
        var top = check.Required(request.Top, "top");
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new SetCategoryPromotion(cid, catId,
            new PromotionRule(parentCategoryId, top, request.MinTotal, request.QuotaPerOrganization), clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    /// <summary>The rule and where the promotion stands; public like the results it is made from.</summary>
    [WolverineGet(Route)]
    public static Task<PromotionView> Get(Guid cid, Guid catId, PromotionReads reads, CancellationToken ct) => reads.ViewAsync(cid, catId, ct);

    [WolverinePost(Route + "/propose")]
    public static async Task<PromotionView> Propose(
        Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, PromotionReads reads, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        return await WriteAsync(cid, catId, http, bus, reads, new ProposeCategoryPromotion(cid, catId, clock.GetUtcNow()), ct);
    }

    [WolverinePost(Route + "/decline")]
    public static async Task<PromotionView> Decline(
        Guid cid, Guid catId, DeclineRequest? body, HttpContext http, Access access, IMessageBus bus, PromotionReads reads, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var entryId = check.Id(request.EntryId, "entryId");
        var reason = check.OptionalText(request.Reason, "reason", 2000);
        check.ThrowIfInvalid();
        return await WriteAsync(cid, catId, http, bus, reads, new DecidePromotion(new DeclineQualifier(cid, catId, entryId, reason, clock.GetUtcNow())), ct);
    }

    [WolverinePost(Route + "/confirm")]
    public static async Task<PromotionView> Confirm(
        Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, PromotionReads reads, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        return await WriteAsync(cid, catId, http, bus, reads, new ConfirmCategoryPromotion(cid, catId, clock.GetUtcNow()), ct);
    }

    /// The command written, then the promotion as it stands after it.
    static async Task<PromotionView> WriteAsync(
        Guid cid, Guid catId, HttpContext http, IMessageBus bus, PromotionReads reads, object command, CancellationToken ct)
    {
        await bus.WriteAsync(http, command, ct);
        return await reads.ViewAsync(cid, catId, ct);
    }
}
