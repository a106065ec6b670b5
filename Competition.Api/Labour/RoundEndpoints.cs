using Competition.Api.Judging;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Labour;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Labour;

public sealed record AddRoundRequest(string? Name, string? StartsOn, string? EndsOn);

public static class RoundEndpoints
{
    const string Round = "/api/contests/{cid:guid}/rounds/{rid:guid}";

    [WolverinePost("/api/contests/{cid:guid}/categories/{catId:guid}/rounds")]
    public static async Task<Created<IdResponse>> Add(
        Guid cid, Guid catId, AddRoundRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var startsOn = check.Date(request.StartsOn, "startsOn");
        var endsOn = check.Date(request.EndsOn, "endsOn");
        check.ThrowIfInvalid();
        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new AddRound(cid, catId, id, name, startsOn, endsOn, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{cid}/rounds/{id}/leaderboard", new IdResponse(id));
    }

    [WolverinePost(Round + "/open")]
    public static Task<NoContent> Open(Guid cid, Guid rid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        WriteAsync(cid, http, access, bus, new OpenRound(cid, rid, clock.GetUtcNow()), ct);

    [WolverinePost(Round + "/freeze")]
    public static Task<NoContent> Freeze(Guid cid, Guid rid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        WriteAsync(cid, http, access, bus, new FreezeRound(cid, rid, clock.GetUtcNow()), ct);

    [WolverinePost(Round + "/publish")]
    public static Task<NoContent> Publish(Guid cid, Guid rid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct) =>
        WriteAsync(cid, http, access, bus, new PublishContestRound(cid, rid, clock.GetUtcNow()), ct);

    [WolverinePost(Round + "/reopen")]
    public static async Task<NoContent> Reopen(
        Guid cid, Guid rid, ReopenRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var reason = check.Text(request.Reason, "reason", 1000);
        check.ThrowIfInvalid();
        await bus.WriteAsync(http, new ReopenRound(cid, rid, reason, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    static async Task<NoContent> WriteAsync(Guid cid, HttpContext http, Access access, IMessageBus bus, object command, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, command, ct);
        return TypedResults.NoContent();
    }
}
