using Competition.Domain.Promotion;
using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

/// <summary>What setting a promotion rule needs to know of the parent contest's category (null: the parent has none such).</summary>
public sealed record ParentCategory(Guid Id, string Name, EntryType EntryType);

/// <summary><paramref name="PromotionConfirmed"/> from the category's promotion stream: its rule then stays as confirmed on.</summary>
public sealed record SetPromotionRule(
    Guid ContestId, Guid CategoryId, PromotionRule Rule, ParentCategory? ParentCategory, bool PromotionConfirmed, DateTimeOffset Now)
    : ContestCommand(ContestId, Now);

public sealed record PromotionRuleSet(Guid ContestId, Guid CategoryId, PromotionRule Rule, DateTimeOffset At);

public static partial class ContestDecider
{
    public const int MaxPromoted = 1000;

    static IReadOnlyList<object> Decide(SetPromotionRule c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        Conflict(s.ParentId is null, "This contest selects for no other: create it with a parentId to promote from it");
        Conflict(c.PromotionConfirmed, "Promotion from this category is already confirmed; its rule can no longer change");
        var rule = c.Rule;
        Invalid(rule.Top is < 1 or > MaxPromoted, "top", $"top is how many go up: a whole number from 1 to {MaxPromoted}");
        Invalid(rule.QuotaPerOrganization is < 1 or > MaxPromoted, "quotaPerOrganization",
            $"quotaPerOrganization is how many of one organization may go up: a whole number from 1 to {MaxPromoted}");
        Invalid(rule.MinTotal is < 0 or > 1_000_000, "minTotal", "minTotal must be between 0 and 1000000");
        var parent = c.ParentCategory ?? throw new NotFound("The parent contest has no category parentCategoryId");
        Invalid(parent.EntryType != category.EntryType, "parentCategoryId",
            $"The parent's category {parent.Name} takes {Describe(parent.EntryType)} entries and this one {Describe(category.EntryType)} entries");
        return category.Promotion == rule ? [] : [new PromotionRuleSet(s.Id, category.Id, rule, c.Now)];
    }

    static string Describe(EntryType type) => type == EntryType.Team ? "team" : "individual";
}
