using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

public static partial class ContestDecider
{
    static IReadOnlyList<object> Decide(SetTeamStandings c, ContestState.Active s)
    {
        var rule = c.Rule;
        Invalid(!Enum.IsDefined(rule.Rule), "rule", "The rule must be placing or bestTotals");
        if (rule.Rule == TeamRule.Placing)
            Invalid(rule.Points.Count is 0 or > 100 || rule.Points.Any(p => p < 0 || p > 1000 || decimal.Round(p, 2) != p), "points",
                "points gives the placing points of ranks 1, 2, 3…: 1 to 100 numbers from 0 to 1000, with at most 2 decimals");
        else
            Invalid(rule.Best is < 1 or > 100, "best", "best is how many of an organization's totals count: a whole number from 1 to 100");
        var unknown = rule.CategoryIds.Where(id => s.Category(id) is null).ToList();
        if (unknown.Count > 0) throw new NotFound("A category of categoryIds is not in this contest");
        return [new TeamStandingsSet(s.Id, rule, c.Now)];
    }
}
