using System.Text.Json;
using Competition.EventStore.Writing;

namespace Competition.EventStore;

/// <summary>Marten's stream verbs. Nothing touches the database until the session's SaveChangesAsync.</summary>
public sealed class SessionEvents
{
    readonly EventStoreOptions options;
    readonly List<StreamAction> actions = [];

    internal SessionEvents(EventStoreOptions options) => this.options = options;

    internal IReadOnlyList<StreamAction> Actions => actions;

    internal void Clear() => actions.Clear();

    /// <summary>Creates the stream; SaveChangesAsync throws ConcurrencyException(id, 0, actual) if it exists.</summary>
    public Guid StartStream(Guid id, string streamType, params object[] events)
    {
        actions.Add(new StreamAction(id, StreamActionKind.Start, streamType, 0, Prepare(events)));
        return id;
    }

    /// <summary>
    /// Appends after checking the stream is at <paramref name="expectedVersion"/>: the version the caller
    /// loaded (0 for a stream that does not exist yet), i.e. the version BEFORE these events. Note Marten
    /// counts the version after the append instead.
    /// </summary>
    public void Append(Guid streamId, long expectedVersion, params object[] events) =>
        actions.Add(new StreamAction(streamId, StreamActionKind.Append, null, expectedVersion, Prepare(events)));

    /// <summary>
    /// Writes nothing to the stream but makes the session commit only if the stream is still at
    /// <paramref name="expectedVersion"/> (0: it does not exist): for a decision that read this stream
    /// without writing to it, so it needs no fresh read of it beforehand (Marten has no such verb).
    /// </summary>
    public void AssertVersion(Guid streamId, long expectedVersion) =>
        actions.Add(new StreamAction(streamId, StreamActionKind.Assert, null, expectedVersion, []));

    /// <summary>Appends without a version check (creates the stream if needed).</summary>
    public void Append(Guid streamId, params object[] events) =>
        actions.Add(new StreamAction(streamId, StreamActionKind.Append, null, null, Prepare(events)));

    List<PendingEvent> Prepare(object[] events) =>
        events.Select(e =>
        {
            ArgumentNullException.ThrowIfNull(e);
            var type = e.GetType();
            return new PendingEvent(Guid.CreateVersion7(), options.Events.NameFor(type), JsonSerializer.Serialize(e, type, options.Json));
        }).ToList();
}
