namespace Competition.Domain.Entries;

/// <summary><paramref name="People"/>: the members' details (in the order of <paramref name="Members"/>) when the
/// organizer gave any; null when every member was given by name only, as in events stored before details existed.
/// <paramref name="QualifiedFrom"/>: the result in a lower contest that sent the entry here, when promotion registered it.</summary>
public sealed record EntryRegistered(
    Guid EntryId, Guid ContestId, Guid CategoryId, string Name, string Organization, IReadOnlyList<string> Members,
    DateTimeOffset At, IReadOnlyList<Member>? People = null, QualifiedFrom? QualifiedFrom = null);

/// <summary>An entry's lineage (来源): the lower contest's entry, its category and the rank and total it went up with.</summary>
public sealed record QualifiedFrom(Guid ContestId, Guid CategoryId, Guid EntryId, int Rank, decimal Total);

public sealed record EntryApproved(Guid EntryId, Guid ContestId, Guid CategoryId, DateTimeOffset At);

public sealed record EntryRejected(Guid EntryId, Guid ContestId, Guid CategoryId, string Reason, DateTimeOffset At);

public sealed record EntryWithdrawn(Guid EntryId, Guid ContestId, Guid CategoryId, DateTimeOffset At);

public sealed record EntryDisqualified(Guid EntryId, Guid ContestId, Guid CategoryId, string Reason, DateTimeOffset At);

/// <summary>The entry's name, organization and members after a correction, whole.</summary>
public sealed record EntryRevised(
    Guid EntryId, Guid ContestId, Guid CategoryId, string Name, string Organization, IReadOnlyList<string> Members, DateTimeOffset At);

/// <summary>The entry's share of a <c>LotsDrawn</c> on the contest stream, appended in the same transaction.</summary>
public sealed record BibDrawn(Guid EntryId, Guid ContestId, Guid CategoryId, int Bib, DateTimeOffset At);

public static class EntryEvents
{
    /// <summary>The entry an event of an entry's stream is about; null for any other event.</summary>
    public static Guid? EntryOf(object data) => data switch
    {
        EntryRegistered e => e.EntryId,
        EntryApproved e => e.EntryId,
        EntryRejected e => e.EntryId,
        EntryWithdrawn e => e.EntryId,
        EntryDisqualified e => e.EntryId,
        BibDrawn e => e.EntryId,
        EntryRevised e => e.EntryId,
        _ => null,
    };
}
