using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public static class RegistrationEndpoints
{
    [WolverinePost("/api/contests/{cid:guid}/registration/open")]
    public static async Task<NoContent> Open(Guid cid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new OpenRegistration(cid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    [WolverinePost("/api/contests/{cid:guid}/registration/close")]
    public static async Task<NoContent> Close(Guid cid, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await bus.WriteAsync(http, new CloseRegistration(cid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
