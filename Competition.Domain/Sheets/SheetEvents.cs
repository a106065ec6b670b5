namespace Competition.Domain.Sheets;

public sealed record MarkAwarded(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, Guid CriterionId,
    decimal Points, DateTimeOffset At);

/// <summary>A judge changed a mark of an open sheet; <paramref name="Points"/> replaces <paramref name="PreviousPoints"/>.</summary>
public sealed record MarkCorrected(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, Guid CriterionId,
    decimal Points, decimal PreviousPoints, DateTimeOffset At);

public sealed record SheetSubmitted(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, DateTimeOffset At);

/// <summary><paramref name="By"/> is the chief judge's id, or the contest id when the organizer reopened it.</summary>
public sealed record SheetReopened(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, string Reason, Guid By,
    DateTimeOffset At);
