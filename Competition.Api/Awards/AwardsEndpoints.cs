using Competition.Api.Entries;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Awards;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Awards;

public sealed record NoticeRequest(int? Days);

public sealed record AppealRequest(string? EntryId, string? Reason);

public sealed record ResolveRequest(bool? Upheld, string? Note);

public static class AwardsEndpoints
{
    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/awards/propose")]
    public static async Task<Ok<ProposalResponse>> Propose(
        Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var proposed = await bus.InvokeAsync<Proposed>(new ProposeCategoryAwards(cid, catId, clock.GetUtcNow()), ct);
        await WriteAnswers.AnswerAsync(http, proposed.Written, ct);
        return TypedResults.Ok(proposed.Proposal);
    }

    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/awards/notice")]
    public static async Task<NoContent> Notice(
        Guid cid, Guid catId, NoticeRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var days = check.Required(request.Days, "days");
        check.Rule(days is >= 0 and <= 365, "days", "days must be between 0 and 365");
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new OpenNotice(cid, catId, days, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/awards/appeals")]
    public static async Task<Created<IdResponse>> Appeal(
        Guid cid, Guid catId, AppealRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var entryId = check.Id(request.EntryId, "entryId");
        var reason = check.Text(request.Reason, "reason", 2000);
        check.ThrowIfInvalid();
        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new LodgeAppeal(cid, catId, id, entryId, reason, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{cid}/categories/{catId}/awards", new IdResponse(id));
    }

    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/awards/appeals/{aid:guid}/resolve")]
    public static async Task<NoContent> Resolve(
        Guid cid, Guid catId, Guid aid, ResolveRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var upheld = check.Required(request.Upheld, "upheld");
        var note = check.OptionalText(request.Note, "note", 2000);
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new ResolveAppeal(cid, catId, aid, upheld, note, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/awards/confirm")]
    public static async Task<NoContent> Confirm(
        Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new ConfirmAwards(cid, catId, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/awards/{entryId:guid}/revoke")]
    public static async Task<NoContent> Revoke(
        Guid cid, Guid catId, Guid entryId, ReasonRequest? body, HttpContext http, Access access, IMessageBus bus,
        TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var reason = check.Text(request.Reason, "reason", 2000);
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new RevokeAward(cid, catId, entryId, reason, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
