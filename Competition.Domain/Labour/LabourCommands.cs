using Competition.Domain.Contests;

namespace Competition.Domain.Labour;

public sealed record SetScheme(Guid ContestId, Guid CategoryId, Scheme Scheme, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record AddRound(Guid ContestId, Guid CategoryId, Guid RoundId, string Name, DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record OpenRound(Guid ContestId, Guid RoundId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record FreezeRound(Guid ContestId, Guid RoundId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record ReopenRound(Guid ContestId, Guid RoundId, string Reason, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary>A unit as a labour decision needs it, from its entry stream (the caller reads it).</summary>
public sealed record UnitFacts(Guid EntryId, Guid CategoryId, string Name, bool Approved);

/// <summary>One assessor's sheet of the round, from the sheet streams (the caller reads them).</summary>
public sealed record AssessorSheet(Guid JudgeId, Guid EntryId, IReadOnlyDictionary<Guid, decimal> Marks, bool Submitted);

/// <summary>Publishing ranks the round, so the caller hands over the category's approved units and the round's sheets.</summary>
public sealed record PublishRound(
    Guid ContestId, Guid RoundId, IReadOnlyList<UnitFacts> Units, IReadOnlyList<AssessorSheet> Sheets, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record AssessSelf(Guid ContestId, Guid RoundId, UnitFacts Unit, IReadOnlyDictionary<Guid, decimal> Marks, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record VetoUnit(Guid ContestId, Guid RoundId, UnitFacts Unit, Guid ItemId, string Reason, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);
