namespace Competition.Domain.Awards;

/// <summary>Follows <see cref="AwardsConfirmed"/> when the category has honour rules: what the rules in force granted on the
/// confirmed result, one line per person and honour (none at all is a decision too).</summary>
public sealed record HonoursGranted(Guid AwardsId, Guid ContestId, Guid CategoryId, IReadOnlyList<GrantedHonour> Honours, DateTimeOffset At);

/// <summary>An entry honoured without an award loses its honours (an <see cref="AwardRevoked"/> takes an awarded entry's with
/// it). <paramref name="TriggerEventId"/>: the disqualification that revoked them, when it was a reaction.</summary>
public sealed record HonoursRevoked(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid EntryId, string Reason, DateTimeOffset At, Guid? TriggerEventId = null);
