using Competition.EventStore;

namespace Competition.Api.Plumbing;

/// The write side's only door to the event store: load a stream's state, read what is new,
/// append decided events with their expected versions in one atomic session.
public sealed class Streams(PostgresEventStore store)
{
    public Task<(TState State, long Version)> LoadAsync<TState>(
        Guid streamId, TState initial, Func<TState, object, TState> evolve, CancellationToken ct) =>
        store.AggregateStreamAsync(streamId, initial, evolve, ct);

    public Task<IReadOnlyList<EventEnvelope>> ReadAfterAsync(Guid streamId, long version, CancellationToken ct) =>
        store.FetchStreamAsync(streamId, version, ct);

    public async Task<Written> WriteAsync(IReadOnlyList<StreamWrite> writes, CancellationToken ct)
    {
        var session = store.OpenSession();
        foreach (var w in writes.Where(w => w.Events.Count > 0))
        {
            if (w.ExpectedVersion == 0) session.Events.StartStream(w.StreamId, w.StreamType, [.. w.Events]);
            else session.Events.Append(w.StreamId, w.ExpectedVersion, [.. w.Events]);
            foreach (var read in w.DecidedOn) session.Events.AssertVersion(read.StreamId, read.Version);
        }
        var first = writes[0];
        if (writes.All(w => w.Events.Count == 0)) return new(first.ExpectedVersion, 0);
        var result = await session.SaveChangesAsync(ct);
        return new(result.StreamVersions.GetValueOrDefault(first.StreamId, first.ExpectedVersion), result.LastSequence);
    }

    public Task<Written> WriteAsync(StreamWrite write, CancellationToken ct) => WriteAsync([write], ct);
}
