using Competition.Domain.Awards;

namespace Competition.Domain.Contests;

/// <summary>A category's honour rules, whole (an empty list clears them); in force when its awards are confirmed.</summary>
public sealed record HonourRulesSet(Guid ContestId, Guid CategoryId, IReadOnlyList<HonourRule> Rules, DateTimeOffset At);

/// <summary><paramref name="AwardsConfirmed"/>: from the category's awards stream, read by the caller; the honours were
/// granted on the rules in force then, so they no longer change.</summary>
public sealed record SetHonourRules(Guid ContestId, Guid CategoryId, IReadOnlyList<HonourRule> Rules, bool AwardsConfirmed, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);
