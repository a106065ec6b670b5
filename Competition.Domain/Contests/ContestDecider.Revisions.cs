using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

/// <summary>
/// Corrections to the set-up. Names can be corrected at any time: they change what is shown, never a score.
/// What scores depend on can change only before it was used: a stage's weight until a stage of its category has
/// opened, its aggregation and criteria until it has opened itself, a judge's organization (their recusals) until
/// a stage of their categories has opened. Removing follows the same line: nothing that a mark could point at.
/// </summary>
public static partial class ContestDecider
{
    static IReadOnlyList<object> Decide(ReviseCategory c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        var name = Required(c.Name, "name", "The category needs a name");
        Conflict(s.Categories.Any(x => x.Id != category.Id && x.Name.Equals(name, StringComparison.OrdinalIgnoreCase)),
            $"The contest already has a category named {name}");
        return name == category.Name ? [] : [new CategoryRevised(s.Id, category.Id, name, c.Now)];
    }

    static IReadOnlyList<object> Decide(RemoveCategory c, ContestState.Active s)
    {
        var category = FindCategory(s, c.CategoryId);
        Conflict(MarkingBegan(category), $"Stages of category {category.Name} have been opened; a category that was marked cannot be removed");
        Conflict(category.Drawn, $"Lots for category {category.Name} have been drawn; it can no longer be removed");
        Conflict(c.LiveEntries > 0,
            $"Category {category.Name} has {c.LiveEntries} entries; reject or withdraw them first, then remove the category");
        var onlyHere = s.Judges.Values.Where(j => j.CategoryIds.Count == 1 && j.CategoryIds[0] == category.Id).Select(j => j.Name).ToList();
        Conflict(onlyHere.Count > 0, $"Judge(s) {string.Join(", ", onlyHere)} work only in category {category.Name}; remove them first");
        return [new CategoryRemoved(s.Id, category.Id, c.Now)];
    }

    static IReadOnlyList<object> Decide(ReviseStage c, ContestState.Active s)
    {
        var (category, stage) = FindStage(s, c.StageId);
        var name = Required(c.Name, "name", "The stage needs a name");
        Invalid(!Enum.IsDefined(c.Rule), "aggregation.rule", "The aggregation rule must be mean, trimmedMean or median");
        Invalid(c.Trim < 0, "aggregation.trim", "Trim must not be negative");
        Invalid(c.Weight <= 0 || c.Weight > 100, "weight", "A stage's weight must be above 0 and at most 100");
        // Said first: once marking began, no other weight would do either.
        Conflict(c.Weight != stage.Weight && MarkingBegan(category),
            $"Stages of category {category.Name} have been opened; its weights can no longer change, since totals were given with them");
        var others = category.TotalWeight - stage.Weight;
        Invalid(others + c.Weight > 100, "weight",
            $"Stage weights of category {category.Name} would add up to {others + c.Weight}, they must add up to 100");
        var trim = c.Rule == Scoring.AggregationRule.TrimmedMean ? c.Trim : 0;
        Conflict((c.Rule != stage.Rule || trim != stage.Trim) && stage.Status != StageStatus.NotOpened,
            $"Stage {stage.Name} has been opened; its aggregation can no longer change");
        if (name == stage.Name && c.Weight == stage.Weight && c.Rule == stage.Rule && trim == stage.Trim) return [];
        return [new StageRevised(s.Id, category.Id, stage.Id, name, c.Weight, c.Rule, trim, c.Now)];
    }

    static IReadOnlyList<object> Decide(RemoveStage c, ContestState.Active s)
    {
        var (category, stage) = FindStage(s, c.StageId);
        Conflict(stage.Status != StageStatus.NotOpened, $"Stage {stage.Name} has been opened; a stage that was marked cannot be removed");
        // A judge on this stage only would, with it gone, sit on every stage of the category (an empty list means all).
        var onlyHere = s.Judges.Values.Where(j => j.StageIds.Count > 0 && j.StageIds.All(id => id == stage.Id)).Select(j => j.Name).ToList();
        Conflict(onlyHere.Count > 0, $"Judge(s) {string.Join(", ", onlyHere)} sit on stage {stage.Name} only; remove them first");
        return [new StageRemoved(s.Id, category.Id, stage.Id, c.Now)];
    }

    static IReadOnlyList<object> Decide(ReviseCriterion c, ContestState.Active s)
    {
        var (category, stage) = FindStage(s, c.StageId);
        var criterion = stage.Criterion(c.CriterionId) ?? throw new NotFound("Criterion not found in this stage");
        var name = Required(c.Name, "name", "The criterion needs a name");
        Invalid(!Enum.IsDefined(c.Kind), "kind", "The kind must be judgement, measurement or deduction");
        Invalid(c.MaxPoints <= 0, "maxPoints", "Maximum points must be above 0");
        Conflict((c.Kind != criterion.Kind || c.MaxPoints != criterion.MaxPoints) && stage.Status != StageStatus.NotOpened,
            $"Stage {stage.Name} has been opened; its criteria can no longer change, since the marks given would be rescaled");
        if (name == criterion.Name && c.Kind == criterion.Kind && c.MaxPoints == criterion.MaxPoints) return [];
        return [new CriterionRevised(s.Id, category.Id, stage.Id, criterion.Id, name, c.Kind, c.MaxPoints, c.Now)];
    }

    static IReadOnlyList<object> Decide(RemoveCriterion c, ContestState.Active s)
    {
        var (category, stage) = FindStage(s, c.StageId);
        var criterion = stage.Criterion(c.CriterionId) ?? throw new NotFound("Criterion not found in this stage");
        Conflict(stage.Status != StageStatus.NotOpened, $"Stage {stage.Name} has been opened; its criteria can no longer be removed");
        return [new CriterionRemoved(s.Id, category.Id, stage.Id, criterion.Id, c.Now)];
    }

    static IReadOnlyList<object> Decide(ReviseJudge c, ContestState.Active s)
    {
        var judge = s.Judge(c.JudgeId) ?? throw new NotFound("Judge not found in this contest");
        var name = Required(c.Name, "name", "The judge needs a name");
        var organization = Required(c.Organization, "organization", "The judge's organization is needed to recuse them from its entries");
        Conflict(!Organizations.Same(organization, judge.Organization) && JudgeHasMarked(s, judge),
            $"Stages that {judge.Name} judges have been opened; the judge's organization (who they are recused from) can no longer change");
        if (name == judge.Name && organization == judge.Organization && c.Chief == judge.Chief) return [];
        return [new JudgeRevised(s.Id, judge.Id, name, organization, judge.CategoryIds, judge.StageIds, c.Chief, c.Now)];
    }

    static IReadOnlyList<object> Decide(RemoveJudge c, ContestState.Active s)
    {
        var judge = s.Judge(c.JudgeId) ?? throw new NotFound("Judge not found in this contest");
        Conflict(JudgeHasMarked(s, judge),
            $"Stages that {judge.Name} judges have been opened, so their sheets may hold marks; revoke the judge's token instead");
        return [new JudgeRemoved(s.Id, judge.Id, judge.CategoryIds, c.Now)];
    }

    static bool MarkingBegan(CategoryState category) => category.Stages.Any(x => x.Status != StageStatus.NotOpened);

    static bool JudgeHasMarked(ContestState.Active s, JudgeState judge) =>
        judge.CategoryIds.Select(s.Category).OfType<CategoryState>()
            .Any(category => category.Stages.Any(stage => stage.Status != StageStatus.NotOpened && judge.SitsOn(category.Id, stage.Id)));
}
