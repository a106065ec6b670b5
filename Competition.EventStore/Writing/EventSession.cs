using Competition.EventStore.Writing;

namespace Competition.EventStore;

/// <summary>
/// Collects stream actions; SaveChangesAsync commits all of them atomically in one transaction or none.
/// Not thread-safe; one session per unit of work.
/// </summary>
public sealed class EventSession
{
    readonly PostgresEventStore store;

    internal EventSession(PostgresEventStore store)
    {
        this.store = store;
        Events = new SessionEvents(store.Options);
    }

    public SessionEvents Events { get; }

    /// <summary>Stamped on every event this session appends.</summary>
    public Guid? CorrelationId { get; set; }

    public Guid? CausationId { get; set; }

    public async Task<AppendResult> SaveChangesAsync(CancellationToken ct = default)
    {
        if (Events.Actions.Count == 0) return new AppendResult(0, new Dictionary<Guid, long>());
        var commit = new PendingCommit(Events.Actions.ToList(), CorrelationId, CausationId);
        var result = await store.SubmitAsync(commit, ct);
        Events.Clear();
        return result;
    }
}
