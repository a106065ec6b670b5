namespace Competition.Domain.Scoring;

public sealed record StageResult(Guid StageId, decimal Unrounded, decimal Rounded, decimal MaxPoints);

/// <summary>Stage scores are rounded for display; the total is computed from unrounded stage
/// scores and rounded once.</summary>
public sealed record EntryScore(IReadOnlyDictionary<Guid, decimal> StageScores, decimal Total);

public static class Scorer
{
    public static decimal Aggregate(AggregationRule rule, int trim, IReadOnlyList<decimal> points)
    {
        if (points.Count == 0) return 0m;
        return rule switch
        {
            AggregationRule.Mean => Mean(points),
            AggregationRule.Median => Median(points),
            AggregationRule.TrimmedMean when trim > 0 && points.Count > 2 * trim =>
                Mean(points.Order().Skip(trim).Take(points.Count - 2 * trim).ToList()),
            AggregationRule.TrimmedMean => Mean(points),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown aggregation rule"),
        };
    }

    public static decimal Mean(IReadOnlyList<decimal> points) => points.Count == 0 ? 0m : points.Sum() / points.Count;

    public static decimal Median(IReadOnlyList<decimal> points)
    {
        if (points.Count == 0) return 0m;
        var sorted = points.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static StageResult StageScore(StageDefinition stage, IEnumerable<Mark> marks)
    {
        var ofStage = marks.Where(m => m.StageId == stage.Id).ToList();
        var sum = 0m;
        foreach (var criterion in stage.Criteria)
        {
            var points = ofStage.Where(m => m.CriterionId == criterion.Id).Select(m => m.Points).ToList();
            sum += criterion.Kind switch
            {
                CriterionKind.Judgement => Aggregate(stage.Rule, stage.Trim, points),
                CriterionKind.Measurement => Mean(points),
                CriterionKind.Deduction => -Mean(points),
                _ => 0m,
            };
        }
        var max = stage.MaxPoints;
        var clamped = Math.Clamp(sum, 0m, Math.Max(max, 0m));
        return new StageResult(stage.Id, clamped, Rounding.Round2(clamped), max);
    }

    public static EntryScore Score(CategoryDefinition category, IEnumerable<Mark> marks)
    {
        var all = marks as IReadOnlyCollection<Mark> ?? marks.ToList();
        var stageScores = new Dictionary<Guid, decimal>();
        var total = 0m;
        foreach (var stage in category.Stages)
        {
            var result = StageScore(stage, all);
            stageScores[stage.Id] = result.Rounded;
            if (result.MaxPoints > 0) total += stage.Weight * result.Unrounded / result.MaxPoints;
        }
        return new EntryScore(stageScores, Rounding.Round2(total));
    }
}
