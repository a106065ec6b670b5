namespace Competition.EventStore;

/// <summary>What one committed session wrote: the highest log sequence (0 if no events) and each stream's new version.</summary>
public sealed record AppendResult(long LastSequence, IReadOnlyDictionary<Guid, long> StreamVersions);
