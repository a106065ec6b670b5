using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

/// <summary>Points contests (积分制): the reasons table and the end of the season.</summary>
public static partial class ContestDecider
{
    public const int MaxCodeLength = 50;
    public const decimal MaxReasonPoints = 100_000;
    public const decimal MaxCap = 10_000_000;

    static IReadOnlyList<object> Decide(AddReason c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        RequirePoints(s);
        Conflict(s.Finished, "The contest is finished; its reasons table can no longer change");
        var code = Required(c.Code, "code", "The reason needs a code");
        var length = Characters(code);
        Invalid(length is null or > MaxCodeLength || code.Any(char.IsControl), "code",
            $"A reason's code is 1 to {MaxCodeLength} characters of plain text");
        var name = Required(c.Name, "name", "The reason needs a name");
        Invalid(c.Points == 0, "points", "A reason is worth points: above 0, or below 0 for a deduction");
        Invalid(decimal.Round(c.Points, 2) != c.Points || Math.Abs(c.Points) > MaxReasonPoints, "points",
            $"A reason's points are a number with at most 2 decimals, from -{MaxReasonPoints} to {MaxReasonPoints}");
        Invalid(c.CapPerEntry is { } cap && (cap <= 0 || cap > MaxCap || decimal.Round(cap, 2) != cap), "capPerEntry",
            $"A reason's cap per entry is above 0 and at most {MaxCap}, with at most 2 decimals");
        Conflict(category.Reason(code) is not null, $"Category {category.Name} already has a reason with code {code}");
        Conflict(category.Reasons.Any(r => r.Id == c.ReasonId), "This reason already exists");
        return [new ReasonAdded(s.Id, category.Id, c.ReasonId, code, name, c.Points, c.CapPerEntry, c.Now)];
    }

    static IReadOnlyList<object> Decide(FinishContest c, ContestState.Active s)
    {
        RequirePoints(s);
        return s.Finished ? [] : [new ContestFinished(s.Id, [.. s.Categories.Select(x => x.Id)], c.Now)];
    }

    static void RequirePoints(ContestState.Active s) =>
        Conflict(s.Kind != ContestKind.Points, "Only a points contest (kind points) has reasons, grants and a season to finish");
}
