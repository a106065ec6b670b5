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

    public static StageResult StageScore(StageDefinition stage, IEnumerable<Mark> marks) => StageScore(stage, CriterionPoints.Of(marks));

    public static StageResult StageScore(StageDefinition stage, CriterionPoints points)
    {
        var sum = 0m;
        foreach (var criterion in stage.Criteria)
        {
            var given = points.Of(stage.Id, criterion.Id);
            sum += criterion.Kind switch
            {
                CriterionKind.Judgement => Aggregate(stage.Rule, stage.Trim, given),
                CriterionKind.Measurement => Mean(given),
                CriterionKind.Deduction => -Mean(given),
                _ => 0m,
            };
        }
        var max = stage.MaxPoints;
        var clamped = Math.Clamp(sum, 0m, Math.Max(max, 0m));
        return new StageResult(stage.Id, clamped, Rounding.Round2(clamped), max);
    }

    public static EntryScore Score(CategoryDefinition category, IEnumerable<Mark> marks) => Score(category, CriterionPoints.Of(marks));

    public static EntryScore Score(CategoryDefinition category, CriterionPoints points)
    {
        var stageScores = new Dictionary<Guid, decimal>();
        var total = 0m;
        foreach (var stage in category.Stages)
        {
            var result = StageScore(stage, points);
            stageScores[stage.Id] = result.Rounded;
            if (result.MaxPoints > 0) total += stage.Weight * result.Unrounded / result.MaxPoints;
        }
        return new EntryScore(stageScores, Rounding.Round2(total));
    }
}

/// <summary>
/// An entry's points grouped by stage and criterion in one pass over its marks: a board scores every
/// entry on every batch of marks, and filtering all of an entry's marks once per criterion cost most of it.
/// </summary>
public sealed class CriterionPoints
{
    static readonly List<decimal> None = [];
    readonly Dictionary<(Guid StageId, Guid CriterionId), List<decimal>> points = [];

    public static CriterionPoints Of(IEnumerable<Mark> marks)
    {
        var grouped = new CriterionPoints();
        foreach (var mark in marks) grouped.Add(mark.StageId, mark.CriterionId, mark.Points);
        return grouped;
    }

    public void Add(Guid stageId, Guid criterionId, decimal given)
    {
        if (!points.TryGetValue((stageId, criterionId), out var list)) points[(stageId, criterionId)] = list = [];
        list.Add(given);
    }

    public IReadOnlyList<decimal> Of(Guid stageId, Guid criterionId) => points.GetValueOrDefault((stageId, criterionId)) ?? None;
}
