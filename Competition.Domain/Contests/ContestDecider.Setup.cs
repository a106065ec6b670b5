using Competition.Domain.Scoring;
using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

public static partial class ContestDecider
{
    static IReadOnlyList<object> Decide(AddCategory c, ContestState.Active s)
    {
        var name = Required(c.Name, "name", "The category needs a name");
        Invalid(!Enum.IsDefined(c.EntryType), "entryType", "The entry type must be individual or team");
        Conflict(s.Category(c.CategoryId) is not null, "This category already exists");
        Conflict(s.Categories.Any(x => x.Name.Equals(name, StringComparison.OrdinalIgnoreCase)),
            $"The contest already has a category named {name}");
        Invalid(!Enum.IsDefined(c.Board), "board", "The board must be public or hidden");
        return [new CategoryAdded(s.Id, c.CategoryId, name, c.EntryType, c.Now, c.Board)];
    }

    static IReadOnlyList<object> Decide(AddStage c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        var name = Required(c.Name, "name", "The stage needs a name");
        Invalid(!Enum.IsDefined(c.Rule), "aggregation.rule", "The aggregation rule must be mean, trimmedMean or median");
        Invalid(c.Trim < 0, "aggregation.trim", "Trim must not be negative");
        Invalid(c.Weight <= 0 || c.Weight > 100, "weight", "A stage's weight must be above 0 and at most 100");
        Invalid(category.TotalWeight + c.Weight > 100, "weight",
            $"Stage weights of category {category.Name} would add up to {category.TotalWeight + c.Weight}, they must add up to 100");
        Conflict(s.Stage(c.StageId) is not null, "This stage already exists");
        var trim = c.Rule == AggregationRule.TrimmedMean ? c.Trim : 0;
        var added = new StageAdded(s.Id, category.Id, c.StageId, name, c.Weight, c.Rule, trim, c.Now, c.Blind);
        // Added after the draw, a blind stage gets its codes now: the entries are those the draw gave bibs.
        return c.Blind && category.Draw is { } draw
            ? [added, DrawWorkCodes(s.Id, category.Id, c.StageId, c.WorkSeed, draw.Bibs.Select(b => b.EntryId), c.Now)]
            : [added];
    }

    static IReadOnlyList<object> Decide(AddCriterion c, ContestState.Active s)
    {
        var (category, stage) = FindStage(s, c.StageId);
        var name = Required(c.Name, "name", "The criterion needs a name");
        Invalid(!Enum.IsDefined(c.Kind), "kind", "The kind must be judgement, measurement or deduction");
        Invalid(c.MaxPoints <= 0, "maxPoints", "Maximum points must be above 0");
        // A criterion added once marking began would change the stage's maximum and so rescale every total
        // already given, of a board that may be final (a security finding: 80/70/60 became 8/7/6).
        Conflict(stage.Status != StageStatus.NotOpened,
            $"Stage {stage.Name} has been opened; its criteria can no longer change, since the marks given would be rescaled");
        Conflict(stage.Criteria.Any(x => x.Id == c.CriterionId), "This criterion already exists");
        return [new CriterionAdded(s.Id, category.Id, stage.Id, c.CriterionId, name, c.Kind, c.MaxPoints, c.Now)];
    }

    static IReadOnlyList<object> Decide(SetAwardPolicy c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        var errors = c.Policy.Validate();
        if (errors.Count > 0) throw new InvalidCommand("The award policy is not valid", errors);
        var tiers = c.Policy.Tiers.Select(t => t with { Name = t.Name.Trim() }).ToList();
        return [new AwardPolicySet(s.Id, category.Id, tiers, c.Policy.MinimumScore, c.Now)];
    }

    static IReadOnlyList<object> Decide(AppointJudge c, ContestState.Active s)
    {
        var name = Required(c.Name, "name", "The judge needs a name");
        var organization = Required(c.Organization, "organization", "The judge's organization is needed to recuse them from its entries");
        Invalid(c.CategoryIds is null || c.CategoryIds.Count == 0, "categoryIds", "Name at least one category the judge works in");
        var categories = c.CategoryIds!.Distinct().Select(id => FindCategory(s, id)).ToList();
        var stageIds = (c.StageIds ?? []).Distinct().ToList();
        foreach (var stageId in stageIds)
        {
            var (category, stage) = FindStage(s, stageId);
            Invalid(!categories.Contains(category), "stageIds",
                $"Stage {stage.Name} belongs to category {category.Name}, which is not among the judge's categories");
        }
        Conflict(s.Judge(c.JudgeId) is not null, "This judge is already appointed");
        return [new JudgeAppointed(s.Id, c.JudgeId, name, organization, [.. categories.Select(x => x.Id)], stageIds,
            c.Chief, c.TokenHash, c.Now)];
    }

    static IReadOnlyList<object> Decide(DrawLots c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        var seed = Required(c.Seed, "seed", SeedRule);
        var length = Characters(seed);
        Invalid(length is null || seed.Any(char.IsControl), "seed",
            "The seed must be plain text, without control characters such as line breaks or tabs");
        Invalid(length > MaxSeedLength, "seed", SeedRule);
        Conflict(category.Drawn, $"Lots for category {category.Name} have already been drawn (seed {category.Draw?.Seed})");
        Conflict(c.ApprovedEntryIds.Count == 0, $"Category {category.Name} has no approved entries to draw lots for");
        // The trimmed text is both drawn from and recorded, so re-running the recorded seed re-checks the bibs.
        return
        [
            new LotsDrawn(s.Id, category.Id, seed, LotDrawing.Draw(seed, c.ApprovedEntryIds), c.Now),
            .. category.Stages.Where(x => x.Blind)
                .Select(x => DrawWorkCodes(s.Id, category.Id, x.Id, c.WorkSeed, c.ApprovedEntryIds, c.Now)),
        ];
    }

    static WorkCodesDrawn DrawWorkCodes(Guid contestId, Guid categoryId, Guid stageId, string secret, IEnumerable<Guid> entryIds, DateTimeOffset now)
    {
        // An empty secret would make the codes as public as the stage id; the API always sends a random one.
        if (string.IsNullOrWhiteSpace(secret)) throw new ArgumentException("A blind stage's work codes need a secret seed", nameof(secret));
        var seed = WorkCodes.StageSeed(secret, stageId);
        return new WorkCodesDrawn(contestId, categoryId, stageId, seed, WorkCodes.Draw(seed, stageId, entryIds), now);
    }

    const int MaxSeedLength = 100;
    const string SeedRule = "The seed must be a whole number or a phrase of 1 to 100 characters";
}
