namespace Competition.Domain.Entries;

public abstract record EntryCommand(Guid EntryId, DateTimeOffset Now);

public sealed record RegisterEntry(
    Guid EntryId, Guid ContestId, Guid CategoryId, string Name, string Organization, IReadOnlyList<string>? Members,
    RegistrationContext Context, DateTimeOffset Now) : EntryCommand(EntryId, Now)
{
    /// <summary>Each member's details, when the organizer gave them (see <see cref="Member"/>); their names are <c>Members</c>.</summary>
    public IReadOnlyList<Member>? People { get; init; }

    /// <summary>The lower contest's result this entry goes up with, when promotion registers it.</summary>
    public QualifiedFrom? QualifiedFrom { get; init; }
}

/// <summary><paramref name="CategoryDrawn"/>: lots of the entry's category have been drawn (from the contest's state).</summary>
public sealed record ApproveEntry(Guid EntryId, DateTimeOffset Now, bool CategoryDrawn = false) : EntryCommand(EntryId, Now);

public sealed record RejectEntry(Guid EntryId, string Reason, DateTimeOffset Now) : EntryCommand(EntryId, Now);

public sealed record WithdrawEntry(Guid EntryId, DateTimeOffset Now) : EntryCommand(EntryId, Now);

public sealed record DisqualifyEntry(Guid EntryId, string Reason, DateTimeOffset Now) : EntryCommand(EntryId, Now);

/// <summary>A correction of the entry's name, organization or members. <paramref name="MarkingBegan"/>: a stage of its
/// category has opened (from the contest's state), after which its organization, which judges are recused by, stays.
/// <paramref name="Team"/>: its category is of team entries, which need their members.</summary>
public sealed record ReviseEntry(
    Guid EntryId, string Name, string Organization, IReadOnlyList<string>? Members, bool Team, bool MarkingBegan, DateTimeOffset Now)
    : EntryCommand(EntryId, Now);

/// <summary>Issued for each entry of a <c>LotsDrawn</c>.</summary>
public sealed record AssignBib(Guid EntryId, int Bib, DateTimeOffset Now) : EntryCommand(EntryId, Now);
