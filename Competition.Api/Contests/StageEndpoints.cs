using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public static class StageEndpoints
{
    [WolverinePost("/api/contests/{cid:guid}/stages/{sid:guid}/open")]
    public static async Task<NoContent> Open(Guid cid, Guid sid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new OpenContestStage(cid, sid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverinePost("/api/contests/{cid:guid}/stages/{sid:guid}/close")]
    public static async Task<NoContent> Close(Guid cid, Guid sid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new CloseStage(cid, sid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
