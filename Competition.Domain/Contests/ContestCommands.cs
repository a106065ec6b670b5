using Competition.Domain.Scoring;

namespace Competition.Domain.Contests;

public abstract record ContestCommand(Guid ContestId, DateTimeOffset Now);

/// <summary><paramref name="Parent"/>: the parent contest as the caller read it, when <paramref name="ParentId"/> is given
/// (null when no such contest exists).</summary>
public sealed record CreateContest(
    Guid ContestId, string Name, ContestKind Kind, string? Locale, string OrganizerTokenHash, DateTimeOffset Now,
    ContestLevel? Level = null, Guid? ParentId = null, ParentContest? Parent = null)
    : ContestCommand(ContestId, Now);

/// <summary>What creating a child contest needs to know of its parent.</summary>
public sealed record ParentContest(Guid Id, string Name, ContestLevel? Level);

public sealed record AddCategory(
    Guid ContestId, Guid CategoryId, string Name, EntryType EntryType, DateTimeOffset Now, BoardVisibility Board = BoardVisibility.Public)
    : ContestCommand(ContestId, Now);

/// <summary><paramref name="Trim"/> counts only for the trimmed mean. <paramref name="WorkSeed"/>: a secret the caller
/// picks at random, which a blind stage added after the category's draw draws its work codes from.</summary>
public sealed record AddStage(
    Guid ContestId, Guid CategoryId, Guid StageId, string Name, decimal Weight, AggregationRule Rule, int Trim,
    DateTimeOffset Now, bool Blind = false, string WorkSeed = "") : ContestCommand(ContestId, Now);

public sealed record AddCriterion(
    Guid ContestId, Guid StageId, Guid CriterionId, string Name, CriterionKind Kind, decimal MaxPoints, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record SetAwardPolicy(Guid ContestId, Guid CategoryId, AwardPolicy Policy, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

/// <summary><paramref name="StageIds"/> null or empty: every stage of the categories.</summary>
public sealed record AppointJudge(
    Guid ContestId, Guid JudgeId, string Name, string Organization, IReadOnlyList<Guid> CategoryIds,
    IReadOnlyList<Guid>? StageIds, bool Chief, string TokenHash, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record OpenRegistration(Guid ContestId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record CloseRegistration(Guid ContestId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary>The caller lists the category's approved entries (from the entry streams). <paramref name="Seed"/>
/// is the text given at the draw (a whole number's digits or a phrase); the caller picks one when none is given.
/// <paramref name="WorkSeed"/> is a secret the caller picks at random: the blind stages' work codes are drawn from it,
/// never from the public seed, which would let anyone recompute them.</summary>
public sealed record DrawLots(
    Guid ContestId, Guid CategoryId, string Seed, IReadOnlyList<Guid> ApprovedEntryIds, DateTimeOffset Now, string WorkSeed = "")
    : ContestCommand(ContestId, Now);

/// <summary><paramref name="AwardsConfirmed"/> comes from the category's awards stream: a closed
/// stage may be opened again only while awards are not confirmed.</summary>
public sealed record OpenStage(Guid ContestId, Guid StageId, bool AwardsConfirmed, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record CloseStage(Guid ContestId, Guid StageId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary>The organizer's old token stops working; <paramref name="OrganizerTokenHash"/> is the new one's.</summary>
public sealed record RotateOrganizerToken(Guid ContestId, string OrganizerTokenHash, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary>The judge's old token stops working; <paramref name="TokenHash"/> is the new one's.</summary>
public sealed record RotateJudgeToken(Guid ContestId, Guid JudgeId, string TokenHash, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary>The judge keeps the appointment (and their sheets) but no token signs them in until one is rotated.</summary>
public sealed record RevokeJudgeToken(Guid ContestId, Guid JudgeId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary>A row of a points contest's reasons table; <paramref name="Points"/> negative for a deduction.</summary>
public sealed record AddReason(
    Guid ContestId, Guid CategoryId, Guid ReasonId, string Code, string Name, decimal Points, decimal? CapPerEntry, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

/// <summary>Ends a points contest's season: no grant is accepted after it and the standings are final.</summary>
public sealed record FinishContest(Guid ContestId, DateTimeOffset Now) : ContestCommand(ContestId, Now);
