namespace Competition.EventStore.Writing;

/// <summary>Assert writes nothing: the session commits only if the stream is still at the expected version.</summary>
internal enum StreamActionKind { Start, Append, Assert }

/// <summary>An event already named and serialized on the caller's thread, so the writer only does I/O.</summary>
internal sealed record PendingEvent(Guid Id, string Type, string Json);

/// <summary>One verb of a session. ExpectedVersion null means "no version check".</summary>
internal sealed record StreamAction(
    Guid StreamId, StreamActionKind Kind, string? StreamType, long? ExpectedVersion, IReadOnlyList<PendingEvent> Events);
