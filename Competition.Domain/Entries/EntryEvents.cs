namespace Competition.Domain.Entries;

public sealed record EntryRegistered(
    Guid EntryId, Guid ContestId, Guid CategoryId, string Name, string Organization, IReadOnlyList<string> Members,
    DateTimeOffset At);

public sealed record EntryApproved(Guid EntryId, Guid ContestId, Guid CategoryId, DateTimeOffset At);

public sealed record EntryRejected(Guid EntryId, Guid ContestId, Guid CategoryId, string Reason, DateTimeOffset At);

public sealed record EntryWithdrawn(Guid EntryId, Guid ContestId, Guid CategoryId, DateTimeOffset At);

public sealed record EntryDisqualified(Guid EntryId, Guid ContestId, Guid CategoryId, string Reason, DateTimeOffset At);

/// <summary>The entry's name, organization and members after a correction, whole.</summary>
public sealed record EntryRevised(
    Guid EntryId, Guid ContestId, Guid CategoryId, string Name, string Organization, IReadOnlyList<string> Members, DateTimeOffset At);

/// <summary>The entry's share of a <c>LotsDrawn</c> on the contest stream, appended in the same transaction.</summary>
public sealed record BibDrawn(Guid EntryId, Guid ContestId, Guid CategoryId, int Bib, DateTimeOffset At);
