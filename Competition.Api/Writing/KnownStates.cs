using System.Collections.Concurrent;

namespace Competition.Api.Writing;

/// Streams' states as this node last saw them (read or written here), so a hot command can decide
/// without reading the log first. Such a decision asserts the versions it used when it writes
/// (<see cref="StreamWrite.DecidedOn"/>): a state that went stale costs a conflict and a fresh read,
/// never a wrong decision.
public sealed class KnownStates<TState>(int capacity = 200_000)
{
    readonly ConcurrentDictionary<Guid, (TState State, long Version)> states = new();
    int count;

    public bool TryGet(Guid streamId, out (TState State, long Version) known) => states.TryGetValue(streamId, out known);

    /// Keeps the newer of what is known and what is offered.
    public void Put(Guid streamId, TState state, long version)
    {
        if (states.TryAdd(streamId, (state, version)))
        {
            // Only a cache: emptying it when it grows past its bound costs reads, never correctness.
            if (Interlocked.Increment(ref count) > capacity)
            {
                states.Clear();
                Interlocked.Exchange(ref count, 0);
            }
            return;
        }
        states.AddOrUpdate(streamId, (state, version), (_, old) => old.Version > version ? old : (state, version));
    }
}
