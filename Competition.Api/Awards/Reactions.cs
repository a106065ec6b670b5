using Competition.Api.Writing;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using JasperFx.Events;
using Marten;
using Wolverine;

namespace Competition.Api.Awards;

/// A change that may make a category's awards stale (an entry disqualified, a stage opened again), with
/// where its event sits in its stream. Published through Wolverine's outbox in the transaction of that
/// event, so it is handled exactly when the event is in the log, even if the process dies in between.
public sealed record CategoryChanged(
    Guid ContestId, Guid CategoryId, string Reason, Guid? DisqualifiedEntryId, Guid TriggerEventId, Guid TriggerStreamId, long TriggerVersion)
{
    public ReactToCategoryChange Change(DateTimeOffset now) => new(ContestId, CategoryId, TriggerEventId, Reason, DisqualifiedEntryId, now);
}

public static class Reactions
{
    /// The reaction an event calls for, if any; <paramref name="version"/> is the event's version in its stream.
    public static CategoryChanged? For(IEvent e, long version) => e.Data switch
    {
        EntryDisqualified d => new(d.ContestId, d.CategoryId, $"Entry disqualified: {d.Reason}", d.EntryId, e.Id, e.StreamId, version),
        // A withdrawn entry is no longer ranked, as a disqualified one: the proposal that ranked it is stale.
        EntryWithdrawn w => new(w.ContestId, w.CategoryId, "Entry withdrawn", w.EntryId, e.Id, e.StreamId, version),
        StageOpened o => new(o.ContestId, o.CategoryId, "A stage of the category was opened again", null, e.Id, e.StreamId, version),
        _ => null,
    };
}

/// Runs a reaction from the durable local queue. The awards stream remembers each trigger's event id, so a
/// message delivered twice (a crash between the write and the acknowledgement) writes nothing the second time.
public static class CategoryChangedHandler
{
    public static async Task Handle(
        CategoryChanged message, IDocumentSession session, ContestSnapshots contests, TimeProvider clock, ILogger<CategoryChanged> log,
        CancellationToken ct)
    {
        var change = message.Change(clock.GetUtcNow());
        await AwardsHandler.CategoryAsync(contests, change.ContestId, change.CategoryId, ct);
        var awards = await session.Events.FetchStreamAsync(change.AwardsId, token: ct);
        var trigger = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId == message.TriggerStreamId && e.Version == message.TriggerVersion)
            .Select(e => e.Sequence).FirstOrDefaultAsync(ct);
        // A proposal made after the trigger was made with the change already in the log, so it stands.
        if (awards.LastOrDefault(e => e.Data is AwardsProposed) is { } proposal && proposal.Sequence > trigger) return;
        var state = awards.Aggregate(Deciders.Awards.Initial, (s, e) => Deciders.Awards.Evolve(s, e.Data));
        var events = Deciders.Awards.Decide(change, state);
        if (events.Count == 0) return;
        await StreamAppender.WriteAsync(session,
            new StreamWrite(change.AwardsId, Deciders.Awards.StreamType, awards.Count == 0 ? 0 : awards[^1].Version, events), null, ct);
        log.LogInformation("Awards of category {Category} reacted to {Trigger}: {Reason}", change.CategoryId, change.TriggerEventId, change.Reason);
    }
}
