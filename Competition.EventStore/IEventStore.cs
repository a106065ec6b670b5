namespace Competition.EventStore;

public interface IEventStore
{
    EventSession OpenSession();

    Task<IReadOnlyList<EventEnvelope>> FetchStreamAsync(Guid streamId, CancellationToken ct = default);

    /// <summary>Only the events after <paramref name="afterVersion"/>: catching up a cached state.</summary>
    Task<IReadOnlyList<EventEnvelope>> FetchStreamAsync(Guid streamId, long afterVersion, CancellationToken ct = default);

    /// <summary>Folds the stream; Version is the last event's version (0 when the stream does not exist).</summary>
    Task<(TState State, long Version)> AggregateStreamAsync<TState>(
        Guid streamId, TState initial, Func<TState, object, TState> evolve, CancellationToken ct = default);

    /// <summary>The whole log forward, events with sequence greater than <paramref name="afterSequence"/>.</summary>
    Task<IReadOnlyList<EventEnvelope>> ReadAllAsync(long afterSequence, int limit, CancellationToken ct = default);

    /// <summary>Highest committed sequence in the log (0 when empty).</summary>
    Task<long> ReadHeadSequenceAsync(CancellationToken ct = default);
}
