using Marten;

namespace Competition.Live.Tests;

/// <summary>One Marten session per append, as the write side does it: a new stream is started with its type,
/// an existing one is appended to at the version it was read at (Marten's expected version is the one after).</summary>
public static class StreamAppends
{
    public static async Task<long> AppendAsync(IDocumentStore store, Type streamType, Guid streamId, object[] events)
    {
        await using var session = store.LightweightSession();
        var state = await session.Events.FetchStreamStateAsync(streamId);
        var action = state is null
            ? session.Events.StartStream(streamType, streamId, events)
            : session.Events.Append(streamId, state.Version + events.Length, events);
        await session.SaveChangesAsync();
        return action.Events[^1].Sequence;
    }
}
