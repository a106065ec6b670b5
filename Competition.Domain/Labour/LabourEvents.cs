namespace Competition.Domain.Labour;

/// <summary>Replaces the category's scheme; every block and item carries its id.</summary>
public sealed record SchemeSet(Guid ContestId, Guid CategoryId, Scheme Scheme, DateTimeOffset At);

public sealed record RoundAdded(Guid ContestId, Guid CategoryId, Guid RoundId, string Name, DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset At);

public sealed record RoundOpened(Guid ContestId, Guid CategoryId, Guid RoundId, DateTimeOffset At);

public sealed record RoundFrozen(Guid ContestId, Guid CategoryId, Guid RoundId, DateTimeOffset At);

public sealed record RoundReopened(Guid ContestId, Guid CategoryId, Guid RoundId, string Reason, DateTimeOffset At);

/// <summary><paramref name="Holders"/>: the units ranked first, who hold the 流动红旗 after this round.</summary>
public sealed record RoundPublished(Guid ContestId, Guid CategoryId, Guid RoundId, IReadOnlyList<Guid> Holders, DateTimeOffset At);

/// <summary>The unit's self-assessment (自评) for the round, whole: it replaces any earlier one.</summary>
public sealed record SelfAssessed(
    Guid ContestId, Guid CategoryId, Guid RoundId, Guid EntryId, IReadOnlyDictionary<Guid, decimal> Marks, DateTimeOffset At);

/// <summary>一票否决: the unit is out of the round's ranking, and of the season's once the round is published.</summary>
public sealed record UnitVetoed(
    Guid ContestId, Guid CategoryId, Guid RoundId, Guid EntryId, Guid ItemId, string Reason, DateTimeOffset At);
