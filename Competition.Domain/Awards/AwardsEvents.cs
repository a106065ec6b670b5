namespace Competition.Domain.Awards;

/// <summary>One line of a proposal: the entry, its tier's name, its rank and its total.</summary>
public sealed record ProposedAward(Guid EntryId, string Tier, int Rank, decimal Total);

public sealed record AwardsProposed(
    Guid AwardsId, Guid ContestId, Guid CategoryId, IReadOnlyList<ProposedAward> Awards, DateTimeOffset At);

/// <summary>Public notice (公示) of the proposal; appeals are accepted until <paramref name="EndsAt"/>.</summary>
public sealed record NoticeOpened(
    Guid AwardsId, Guid ContestId, Guid CategoryId, int Days, DateTimeOffset EndsAt, DateTimeOffset At);

public sealed record AppealLodged(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid AppealId, Guid EntryId, string Reason, DateTimeOffset At);

public sealed record AppealResolved(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid AppealId, bool Upheld, string Note, DateTimeOffset At);

/// <summary>Follows an upheld appeal: the awards status goes back to none.</summary>
public sealed record ProposalWithdrawn(Guid AwardsId, Guid ContestId, Guid CategoryId, Guid AppealId, DateTimeOffset At);

public sealed record AwardsConfirmed(
    Guid AwardsId, Guid ContestId, Guid CategoryId, IReadOnlyList<ProposedAward> Awards, DateTimeOffset At);

/// <summary><paramref name="TriggerEventId"/>: the disqualification that revoked it, when it was a reaction and not the organizer.</summary>
public sealed record AwardRevoked(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid EntryId, string Reason, DateTimeOffset At, Guid? TriggerEventId = null);

/// <summary>
/// A reaction: something after the proposal made it stale (an entry disqualified, a stage of the
/// category opened again), so the status goes back to none and the organizer proposes anew.
/// <paramref name="TriggerEventId"/> is the id of that event, so the reaction happens once.
/// </summary>
public sealed record ProposalSuperseded(
    Guid AwardsId, Guid ContestId, Guid CategoryId, string Reason, Guid TriggerEventId, DateTimeOffset At);
