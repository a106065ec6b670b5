using Competition.Domain.Scoring;

namespace Competition.Domain.Awards;

public abstract record AwardsCommand(Guid ContestId, Guid CategoryId, DateTimeOffset Now)
{
    public Guid AwardsId => StreamIds.Awards(CategoryId);
}

/// <summary>
/// The caller ranks the category's ranked entries with <see cref="Ranking"/> and passes the rows in
/// rank order, the category's policy, and whether every stage of the category is closed.
/// </summary>
public sealed record ProposeAwards(
    Guid ContestId, Guid CategoryId, IReadOnlyList<RankedRow> Ranking, AwardPolicy? Policy, bool AllStagesClosed,
    DateTimeOffset Now) : AwardsCommand(ContestId, CategoryId, Now);

/// <summary><paramref name="AllStagesClosed"/>: from the contest's state, as for the proposal.</summary>
public sealed record OpenNotice(Guid ContestId, Guid CategoryId, int Days, DateTimeOffset Now, bool AllStagesClosed = true)
    : AwardsCommand(ContestId, CategoryId, Now);

public sealed record LodgeAppeal(Guid ContestId, Guid CategoryId, Guid AppealId, Guid EntryId, string Reason, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

public sealed record ResolveAppeal(Guid ContestId, Guid CategoryId, Guid AppealId, bool Upheld, string? Note, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

public sealed record ConfirmAwards(Guid ContestId, Guid CategoryId, DateTimeOffset Now, bool AllStagesClosed = true)
    : AwardsCommand(ContestId, CategoryId, Now);

/// <summary>
/// The reaction to an event elsewhere in the log that may make this category's awards stale;
/// <paramref name="DisqualifiedEntryId"/> when it was a disqualification.
/// </summary>
public sealed record ReactToCategoryChange(
    Guid ContestId, Guid CategoryId, Guid TriggerEventId, string Reason, Guid? DisqualifiedEntryId, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

public sealed record RevokeAward(Guid ContestId, Guid CategoryId, Guid EntryId, string Reason, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);
