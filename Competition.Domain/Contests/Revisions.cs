using Competition.Domain.Scoring;

namespace Competition.Domain.Contests;

// Corrections to the set-up: what the organizer typed wrong, changed or removed while the contest still allows it
// (see ContestDecider.Revisions). Each command carries the whole new definition; the API fills in what a request left out.

public sealed record ReviseCategory(Guid ContestId, Guid CategoryId, string Name, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary><paramref name="LiveEntries"/>: the category's entries neither rejected nor withdrawn (from the entry streams).</summary>
public sealed record RemoveCategory(Guid ContestId, Guid CategoryId, int LiveEntries, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record ReviseStage(
    Guid ContestId, Guid StageId, string Name, decimal Weight, AggregationRule Rule, int Trim, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record RemoveStage(Guid ContestId, Guid StageId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record ReviseCriterion(
    Guid ContestId, Guid StageId, Guid CriterionId, string Name, CriterionKind Kind, decimal MaxPoints, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record RemoveCriterion(Guid ContestId, Guid StageId, Guid CriterionId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record ReviseJudge(Guid ContestId, Guid JudgeId, string Name, string Organization, bool Chief, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record RemoveJudge(Guid ContestId, Guid JudgeId, DateTimeOffset Now) : ContestCommand(ContestId, Now);

public sealed record CategoryRevised(Guid ContestId, Guid CategoryId, string Name, DateTimeOffset At);

public sealed record CategoryRemoved(Guid ContestId, Guid CategoryId, DateTimeOffset At);

/// <summary>The stage's definition after the change, whole.</summary>
public sealed record StageRevised(
    Guid ContestId, Guid CategoryId, Guid StageId, string Name, decimal Weight, AggregationRule Rule, int Trim, DateTimeOffset At);

public sealed record StageRemoved(Guid ContestId, Guid CategoryId, Guid StageId, DateTimeOffset At);

public sealed record CriterionRevised(
    Guid ContestId, Guid CategoryId, Guid StageId, Guid CriterionId, string Name, CriterionKind Kind, decimal MaxPoints, DateTimeOffset At);

public sealed record CriterionRemoved(Guid ContestId, Guid CategoryId, Guid StageId, Guid CriterionId, DateTimeOffset At);

/// <summary><paramref name="CategoryIds"/> and <paramref name="StageIds"/> are the judge's, unchanged: they tell which
/// boards the judge's name and recusal are on.</summary>
public sealed record JudgeRevised(
    Guid ContestId, Guid JudgeId, string Name, string Organization, IReadOnlyList<Guid> CategoryIds, IReadOnlyList<Guid> StageIds,
    bool Chief, DateTimeOffset At);

/// <summary>The judge's token stops working with the appointment.</summary>
public sealed record JudgeRemoved(Guid ContestId, Guid JudgeId, IReadOnlyList<Guid> CategoryIds, DateTimeOffset At);
