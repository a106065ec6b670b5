namespace Competition.Api.Writing;

/// Events decided for one stream, to be appended if the stream is still at <see cref="ExpectedVersion"/>.
public sealed record StreamWrite(Guid StreamId, Type StreamType, long ExpectedVersion, IReadOnlyList<object> Events)
{
    /// Other streams the decision was made on, at the versions it saw: the write commits only if they are
    /// still there, so state a node kept in memory is as good as state read fresh from the log.
    public IReadOnlyList<StreamRead> DecidedOn { get; init; } = [];
}

/// A stream a decision read, at the version it read.
public sealed record StreamRead(Guid StreamId, long Version);

/// What a command wrote: the stream's version after it and the log sequence of its last event
/// (0 when it decided nothing).
public sealed record Written(long Version, long Sequence);
