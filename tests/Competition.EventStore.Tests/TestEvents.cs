namespace Competition.EventStore.Tests;

public sealed record Line(string Criterion, decimal Points);

public sealed record Noted(Guid StreamId, string Text, decimal Amount, IReadOnlyList<Line> Lines, DateTimeOffset NotedAt);

public sealed record Counted(Guid StreamId, int N);

public sealed record NeverRegistered(int N);
