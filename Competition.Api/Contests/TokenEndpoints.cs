using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public sealed record OrganizerTokenResponse(string OrganizerToken);

/// A token given to the wrong person or left on a lost tablet is replaced (rotate: the new one is answered once,
/// as at creation) or stopped (revoke). The old token is refused (401) from the answer on, on every node: this
/// one catches its contest state up before answering; another node's marks assert the contest version the
/// change moved and are decided again on fresh state, token included (<see cref="Judging.SheetWriter"/>).
public static class TokenEndpoints
{
    [WolverinePost("/api/contests/{cid:guid}/token/rotate")]
    public static async Task<Ok<OrganizerTokenResponse>> RotateOrganizer(
        Guid cid, HttpContext http, Access access, IMessageBus bus, ContestSnapshots contests, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var token = Tokens.New();
        await bus.WriteAsync(http, new RotateOrganizerToken(cid, Tokens.Hash(token), clock.GetUtcNow()), ct);
        await contests.LoadAsync(cid, ct);
        return TypedResults.Ok(new OrganizerTokenResponse(token));
    }

    [WolverinePost("/api/contests/{cid:guid}/judges/{jid:guid}/token/rotate")]
    public static async Task<Ok<JudgeAppointedResponse>> RotateJudge(
        Guid cid, Guid jid, HttpContext http, Access access, IMessageBus bus, ContestSnapshots contests, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var token = Tokens.New();
        await bus.WriteAsync(http, new RotateJudgeToken(cid, jid, Tokens.Hash(token), clock.GetUtcNow()), ct);
        await contests.LoadAsync(cid, ct);
        return TypedResults.Ok(new JudgeAppointedResponse(jid, token));
    }

    [WolverinePost("/api/contests/{cid:guid}/judges/{jid:guid}/token/revoke")]
    public static async Task<NoContent> RevokeJudge(
        Guid cid, Guid jid, HttpContext http, Access access, IMessageBus bus, ContestSnapshots contests, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new RevokeJudgeToken(cid, jid, clock.GetUtcNow()), ct);
        await contests.LoadAsync(cid, ct);
        return TypedResults.NoContent();
    }
}
