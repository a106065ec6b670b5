namespace Competition.Api.Plumbing;

/// Events decided for one stream, to be appended if the stream is still at <see cref="ExpectedVersion"/>.
public sealed record StreamWrite(Guid StreamId, string StreamType, long ExpectedVersion, IReadOnlyList<object> Events);

/// What a command wrote: the stream's version after it and the log sequence of its last event
/// (0 when it decided nothing).
public sealed record Written(long Version, long Sequence);
