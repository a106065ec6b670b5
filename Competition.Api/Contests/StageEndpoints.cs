using NotFound = Competition.Domain.NotFound;
using Competition.Api.Awards;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Contests;

namespace Competition.Api.Contests;

/// Opening a stage needs to know whether its category's awards are confirmed (another stream).
public sealed record OpenContestStage(Guid ContestId, Guid StageId, DateTimeOffset Now);

public static class StageEndpoints
{
    public static async Task<NoContent> Open(Guid cid, Guid sid, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await router.SendAsync<Written>(new OpenContestStage(cid, sid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Close(Guid cid, Guid sid, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        await router.SendAsync<Written>(new CloseStage(cid, sid, clock.GetUtcNow()), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Written> Decide(
        OpenContestStage c, ContestSnapshots contests, AwardsHandlers awards, Decisions decisions, CancellationToken ct)
    {
        var category = (await contests.LoadAsync(c.ContestId, ct)).Active.CategoryOfStage(c.StageId)
            ?? throw new NotFound("Stage not found in this contest");
        var confirmed = await awards.ConfirmedAsync(category.Id, ct);
        return await decisions.OnContestAsync(new OpenStage(c.ContestId, c.StageId, confirmed, c.Now), ct);
    }
}
