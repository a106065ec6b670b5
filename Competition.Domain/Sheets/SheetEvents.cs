namespace Competition.Domain.Sheets;

/// <summary><paramref name="RequestId"/>: the tablet's Idempotency-Key, so a late resend of this very request is recognised.</summary>
public sealed record MarkAwarded(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, Guid CriterionId,
    decimal Points, DateTimeOffset At, string? RequestId = null);

/// <summary>A judge changed a mark of an open sheet; <paramref name="Points"/> replaces <paramref name="PreviousPoints"/>.</summary>
public sealed record MarkCorrected(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, Guid CriterionId,
    decimal Points, decimal PreviousPoints, DateTimeOffset At, string? RequestId = null);

public sealed record SheetSubmitted(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, DateTimeOffset At);

/// <summary><paramref name="By"/> is the chief judge's id, or the contest id when the organizer reopened it.</summary>
public sealed record SheetReopened(
    Guid SheetId, Guid ContestId, Guid CategoryId, Guid StageId, Guid EntryId, Guid JudgeId, string Reason, Guid By,
    DateTimeOffset At);
