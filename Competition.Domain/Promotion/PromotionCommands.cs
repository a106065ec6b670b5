namespace Competition.Domain.Promotion;

public abstract record PromotionCommand(Guid ContestId, Guid CategoryId, DateTimeOffset Now)
{
    public Guid PromotionId => StreamIds.Promotion(CategoryId);
}

/// <summary><paramref name="Rule"/>: the category's rule in force; <paramref name="AwardsConfirmed"/> from its awards stream;
/// <paramref name="Ranking"/>: its final ranking, in rank order.</summary>
public sealed record ProposePromotion(
    Guid ContestId, Guid CategoryId, PromotionRule? Rule, bool AwardsConfirmed, IReadOnlyList<PromotionCandidate> Ranking, DateTimeOffset Now)
    : PromotionCommand(ContestId, CategoryId, Now);

public sealed record DeclineQualifier(Guid ContestId, Guid CategoryId, Guid EntryId, string? Reason, DateTimeOffset Now)
    : PromotionCommand(ContestId, CategoryId, Now);

/// <summary><paramref name="Rule"/>: the rule in force now, which must be the one proposed on.</summary>
public sealed record ConfirmPromotion(Guid ContestId, Guid CategoryId, Guid ParentContestId, PromotionRule? Rule, DateTimeOffset Now)
    : PromotionCommand(ContestId, CategoryId, Now);
