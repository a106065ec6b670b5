using Competition.Domain.Scoring;

namespace Competition.Domain.Awards;

public abstract record AwardsCommand(Guid ContestId, Guid CategoryId, DateTimeOffset Now)
{
    public Guid AwardsId => StreamIds.Awards(CategoryId);
}

/// <summary>
/// The caller ranks the category's ranked entries with <see cref="Ranking"/> and passes the rows in
/// rank order, the category's policy, and whether every stage of the category is closed.
/// </summary>
public sealed record ProposeAwards(
    Guid ContestId, Guid CategoryId, IReadOnlyList<RankedRow> Ranking, AwardPolicy? Policy, bool AllStagesClosed,
    DateTimeOffset Now, bool HiddenBoard = false) : AwardsCommand(ContestId, CategoryId, Now);

/// <summary><paramref name="AllStagesClosed"/>: from the contest's state, as for the proposal.</summary>
public sealed record OpenNotice(Guid ContestId, Guid CategoryId, int Days, DateTimeOffset Now, bool AllStagesClosed = true)
    : AwardsCommand(ContestId, CategoryId, Now);

public sealed record LodgeAppeal(Guid ContestId, Guid CategoryId, Guid AppealId, Guid EntryId, string Reason, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

public sealed record ResolveAppeal(Guid ContestId, Guid CategoryId, Guid AppealId, bool Upheld, string? Note, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

/// <summary>With the category's <paramref name="HonourRules"/>, the caller passes the final <paramref name="Ranking"/> (as for a
/// proposal) and the category's entries with their people, which the honours are granted on.</summary>
public sealed record ConfirmAwards(
    Guid ContestId, Guid CategoryId, DateTimeOffset Now, bool AllStagesClosed = true, IReadOnlyList<HonourRule>? HonourRules = null,
    IReadOnlyList<RankedRow>? Ranking = null, IReadOnlyList<HonourEntry>? Entries = null)
    : AwardsCommand(ContestId, CategoryId, Now);

/// <summary>
/// The reaction to an event elsewhere in the log that may make this category's awards stale;
/// <paramref name="DisqualifiedEntryId"/> when it was a disqualification.
/// </summary>
public sealed record ReactToCategoryChange(
    Guid ContestId, Guid CategoryId, Guid TriggerEventId, string Reason, Guid? DisqualifiedEntryId, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

public sealed record RevokeAward(Guid ContestId, Guid CategoryId, Guid EntryId, string Reason, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

/// <summary>
/// Draws the review sample (复核). The caller passes the final ranking (as for a proposal), every mark standing on the
/// category's sheets as a <see cref="ReviewItem"/>, and whether every stage is closed; <paramref name="Seed"/> is given
/// or picked by the caller, and recorded.
/// </summary>
public sealed record DrawReview(
    Guid ContestId, Guid CategoryId, Guid ReviewId, string Seed, int Top, decimal Share, decimal Threshold,
    IReadOnlyList<RankedRow> Ranking, IReadOnlyList<ReviewItem> Marks, bool AllStagesClosed, DateTimeOffset Now)
    : AwardsCommand(ContestId, CategoryId, Now);

/// <summary>The chief judge's re-mark of one criterion of one sheet in the sample; <paramref name="MaxPoints"/> is the criterion's.</summary>
public sealed record RecordReviewMark(
    Guid ContestId, Guid CategoryId, Guid EntryId, Guid StageId, Guid JudgeId, Guid CriterionId, decimal Points, decimal MaxPoints,
    Guid By, DateTimeOffset Now) : AwardsCommand(ContestId, CategoryId, Now);

/// <summary>
/// Reveals a hidden board's next entry from the last place up (or, with <paramref name="All"/>, every entry left: the
/// board is published at once). The caller passes the final ranking and the policy, as for a proposal.
/// </summary>
public sealed record RevealNext(
    Guid ContestId, Guid CategoryId, IReadOnlyList<RankedRow> Ranking, AwardPolicy? Policy, bool HiddenBoard, bool AllStagesClosed,
    bool All, DateTimeOffset Now) : AwardsCommand(ContestId, CategoryId, Now);
