using Competition.Api.Plumbing;
using Competition.Domain.Contests;

namespace Competition.Api.Contests;

public static class RegistrationEndpoints
{
    public static async Task<NoContent> Open(Guid cid, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await router.SendAsync<Written>(new OpenRegistration(cid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Close(Guid cid, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await router.SendAsync<Written>(new CloseRegistration(cid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }
}
