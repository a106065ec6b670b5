namespace Competition.Domain.Promotion;

/// <summary>The candidates (the final ranking down to the rule's minimum total, in rank order) under the rule in force.</summary>
public sealed record PromotionProposed(
    Guid PromotionId, Guid ContestId, Guid CategoryId, PromotionRule Rule, IReadOnlyList<PromotionCandidate> Candidates, DateTimeOffset At);

/// <summary>A candidate who will not go up (放弃): the next one down takes the slot.</summary>
public sealed record QualifierDeclined(Guid PromotionId, Guid ContestId, Guid CategoryId, Guid EntryId, string Reason, DateTimeOffset At);

/// <summary>The qualifiers are registered in the parent's category, in the same transaction, each as the entry
/// <see cref="Qualifier.ParentEntryId"/>.</summary>
public sealed record PromotionConfirmed(
    Guid PromotionId, Guid ContestId, Guid CategoryId, Guid ParentContestId, Guid ParentCategoryId, IReadOnlyList<Qualifier> Qualifiers,
    DateTimeOffset At);
