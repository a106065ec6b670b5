using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Awards;

namespace Competition.Api.Awards;

public sealed record NoticeRequest(int? Days);

public sealed record AppealRequest(string? EntryId, string? Reason);

public sealed record ResolveRequest(bool? Upheld, string? Note);

/// Proposes a category's awards from its final ranking (computed when the command is handled).
public sealed record ProposeCategoryAwards(Guid ContestId, Guid CategoryId, DateTimeOffset Now);

public static class AwardsEndpoints
{
    public static async Task<Ok<ProposalResponse>> Propose(
        Guid cid, Guid catId, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        return TypedResults.Ok(await router.SendAsync<ProposalResponse>(new ProposeCategoryAwards(cid, catId, clock.GetUtcNow()), ct));
    }

    public static async Task<NoContent> Notice(
        Guid cid, Guid catId, NoticeRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var days = check.Required(request.Days, "days");
        check.Rule(days is >= 0 and <= 365, "days", "days must be between 0 and 365");
        check.ThrowIfInvalid();
        await router.SendAsync<Written>(new OpenNotice(cid, catId, days, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Created<IdResponse>> Appeal(
        Guid cid, Guid catId, AppealRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var entryId = check.Id(request.EntryId, "entryId");
        var reason = check.Text(request.Reason, "reason", 2000);
        check.ThrowIfInvalid();
        var id = Guid.CreateVersion7();
        await router.SendAsync<Written>(new LodgeAppeal(cid, catId, id, entryId, reason, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{cid}/categories/{catId}/awards", new IdResponse(id));
    }

    public static async Task<NoContent> Resolve(
        Guid cid, Guid catId, Guid aid, ResolveRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock,
        CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var upheld = check.Required(request.Upheld, "upheld");
        var note = check.OptionalText(request.Note, "note", 2000);
        check.ThrowIfInvalid();
        await router.SendAsync<Written>(new ResolveAppeal(cid, catId, aid, upheld, note, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Confirm(
        Guid cid, Guid catId, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await router.SendAsync<Written>(new ConfirmAwards(cid, catId, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Revoke(
        Guid cid, Guid catId, Guid entryId, ReasonRequest request, HttpContext http, Access access, CommandRouter router,
        TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var reason = check.Text(request.Reason, "reason", 2000);
        check.ThrowIfInvalid();
        await router.SendAsync<Written>(new RevokeAward(cid, catId, entryId, reason, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
