namespace Competition.EventStore;

/// <summary>The stream's version was not the one the caller decided on (or a started stream already exists).</summary>
public sealed class ConcurrencyException(Guid streamId, long expected, long actual)
    : Exception($"Stream {streamId}: expected version {expected} but it is at {actual}.")
{
    public Guid StreamId { get; } = streamId;
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}
