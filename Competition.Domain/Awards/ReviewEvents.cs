namespace Competition.Domain.Awards;

/// <summary>One criterion of one judge's sheet in the review sample (复核), with the mark the judge gave it.</summary>
public sealed record ReviewItem(Guid EntryId, Guid StageId, Guid JudgeId, Guid CriterionId, decimal Original);

/// <summary>
/// The review sample of a category, drawn once its stages are closed and before awards are proposed: the first
/// <paramref name="Top"/> ranked entries and <paramref name="Share"/> of the others (rounded up), these drawn by
/// <see cref="Contests.LotDrawing"/> from <paramref name="Seed"/>; <paramref name="Entries"/> in that order.
/// </summary>
public sealed record ReviewDrawn(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid ReviewId, string Seed, int Top, decimal Share, decimal Threshold,
    IReadOnlyList<Guid> Entries, IReadOnlyList<ReviewItem> Items, DateTimeOffset At);

/// <summary>The chief judge's re-mark of one item; <paramref name="By"/> is the chief judge's id (the contest id for the organizer).</summary>
public sealed record ReviewMarkRecorded(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid ReviewId, Guid EntryId, Guid StageId, Guid JudgeId, Guid CriterionId,
    decimal Points, Guid By, DateTimeOffset At);

/// <summary>Every item re-marked: <paramref name="Differing"/> of <paramref name="Compared"/> differ from the original.
/// Over the threshold, the whole category must be re-marked (<paramref name="RemarkRequired"/>) and every sheet reopens.</summary>
public sealed record ReviewFinished(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid ReviewId, int Compared, int Differing, decimal Rate, bool RemarkRequired,
    DateTimeOffset At);

/// <summary>A reaction: the category changed (a stage opened again, an entry left the ranking) under a review that was not
/// finished or that called for a re-mark; a new review is drawn once the stages are closed again.</summary>
public sealed record ReviewCancelled(
    Guid AwardsId, Guid ContestId, Guid CategoryId, Guid ReviewId, string Reason, Guid TriggerEventId, DateTimeOffset At);
