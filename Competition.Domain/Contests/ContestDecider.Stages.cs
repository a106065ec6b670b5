using static Competition.Domain.Guard;

namespace Competition.Domain.Contests;

public static partial class ContestDecider
{
    static IReadOnlyList<object> Decide(OpenStage c, ContestState.Active s)
    {
        var (category, stage) = FindStage(s, c.StageId);
        if (stage.IsOpen) return [];
        Conflict(stage.Status == StageStatus.Closed && c.AwardsConfirmed,
            $"Awards of category {category.Name} are confirmed; its stages can no longer be opened");
        Conflict(category.TotalWeight != 100,
            $"Stage weights of category {category.Name} add up to {category.TotalWeight}, they must add up to 100 before a stage opens");
        var withoutCriteria = category.Stages.Where(x => x.Criteria.Count == 0).Select(x => x.Name).ToList();
        Conflict(withoutCriteria.Count > 0,
            $"Stage(s) {string.Join(", ", withoutCriteria)} of category {category.Name} have no criteria yet; every stage needs at least one before a stage opens");
        Conflict(stage.MaxPoints <= 0,
            $"Stage {stage.Name} has only deductions; it needs a judgement or measurement criterion to score anything");
        return [new StageOpened(s.Id, category.Id, stage.Id, c.Now)];
    }

    static IReadOnlyList<object> Decide(CloseStage c, ContestState.Active s)
    {
        var (category, stage) = FindStage(s, c.StageId);
        return stage.Status switch
        {
            // Its marking over, a blind stage's codes open (解密) with the close: its scores join the boards at once.
            StageStatus.Open when stage is { HidesEntries: true, WorkCodes: { } codes } =>
                [new StageClosed(s.Id, category.Id, stage.Id, c.Now), new WorkCodesOpened(s.Id, category.Id, stage.Id, "organizer", codes.Seed, codes.Codes, c.Now)],
            StageStatus.Open => [new StageClosed(s.Id, category.Id, stage.Id, c.Now)],
            StageStatus.Closed => [],
            _ => throw new RuleViolation($"Stage {stage.Name} has not been opened yet, so it cannot be closed"),
        };
    }
}
