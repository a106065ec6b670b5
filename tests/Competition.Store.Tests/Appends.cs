using Marten;
using JasperFx.Events;

namespace Competition.Store.Tests;

/// <summary>Appends the way the API's StreamAppender does: a new stream is started with its type, an existing one is
/// appended at the version the decision was made on.</summary>
internal static class Appends
{
    public static StreamAction Queue(this IDocumentSession session, Guid stream, Type streamType, long expectedVersion, params object[] events) =>
        expectedVersion == 0
            ? session.Events.StartStream(streamType, stream, events)
            : session.Events.Append(stream, expectedVersion + events.Length, events);

    /// <summary>One session, one stream; the sequence of its last event.</summary>
    public static async Task<long> WriteAsync(this IDocumentStore store, Guid stream, Type streamType, long expectedVersion, params object[] events)
    {
        await using var session = store.LightweightSession();
        var action = session.Queue(stream, streamType, expectedVersion, events);
        await session.SaveChangesAsync();
        return action.Events[^1].Sequence;
    }
}
