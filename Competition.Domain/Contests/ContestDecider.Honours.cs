using Competition.Domain.Awards;
using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

public static partial class ContestDecider
{
    static IReadOnlyList<object> Decide(SetHonourRules c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        var errors = Honours.Validate(c.Rules, category.AwardPolicy);
        if (errors.Count > 0) throw new InvalidCommand("The honour rules are not valid", errors);
        Conflict(c.AwardsConfirmed, $"Awards of category {category.Name} are confirmed and its honours were granted on the rules then in force; they can no longer change");
        var rules = c.Rules.Select(r => r with { Title = string.IsNullOrWhiteSpace(r.Title) ? null : r.Title.Trim() }).ToList();
        return [new HonourRulesSet(s.Id, category.Id, rules, c.Now)];
    }
}
