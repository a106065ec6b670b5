namespace Competition.EventStore;

/// <summary>One stored event as read back from the log. Sequence is the global log position.</summary>
public sealed record EventEnvelope(
    long Sequence,
    Guid Id,
    Guid StreamId,
    long Version,
    string Type,
    object Data,
    DateTimeOffset Timestamp,
    Guid? CorrelationId,
    Guid? CausationId);
