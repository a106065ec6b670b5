using Competition.Api.Awards;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Marten;
using Wolverine;

namespace Competition.Api.Honours;

/// Setting a category's honour rules needs to know whether its awards are confirmed (another stream).
public sealed record SetCategoryHonours(Guid ContestId, Guid CategoryId, IReadOnlyList<HonourRule> Rules, DateTimeOffset Now);

public static class HonoursHandler
{
    public static async Task<Written> Handle(
        SetCategoryHonours c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var (awards, version) = await Decisions.LoadAsync(session, Deciders.Awards, StreamIds.Awards(c.CategoryId), ct);
        var events = Deciders.Contest.Decide(
            new SetHonourRules(c.ContestId, c.CategoryId, c.Rules, awards is AwardsState.Confirmed, c.Now), snapshot.State);
        // Asserted at the awards version read: a confirmation meanwhile makes this write fail and be decided again, refused.
        return await StreamAppender.WriteAsync(session, new StreamWrite(c.ContestId, Deciders.Contest.StreamType, snapshot.Version, events)
        {
            DecidedOn = version > 0 ? [new(StreamIds.Awards(c.CategoryId), version)] : [],
        }, context, ct);
    }
}
