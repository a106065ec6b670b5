namespace Competition.Domain.Tests.Scoring;

/// <summary>A category in the style of real rules: theory 30 (a written quiz out of 100) and
/// practical 70 (wiring judged out of 80 by five judges, trimmed mean, plus a workmanship
/// measurement out of 20 and a safety deduction up to 10).</summary>
public static class Electrician
{
    public static readonly Guid Theory = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Practical = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid Quiz = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid Wiring = Guid.Parse("00000000-0000-0000-0000-0000000000c2");
    public static readonly Guid Workmanship = Guid.Parse("00000000-0000-0000-0000-0000000000c3");
    public static readonly Guid Safety = Guid.Parse("00000000-0000-0000-0000-0000000000c4");
    public static readonly Guid[] Judges = [.. Enumerable.Range(1, 5).Select(i => new Guid(i, 0, 0, new byte[8]))];

    public static readonly CategoryDefinition Definition = new(
    [
        new StageDefinition(Theory, 30, AggregationRule.Mean, 0, [new CriterionDefinition(Quiz, CriterionKind.Measurement, 100)]),
        new StageDefinition(Practical, 70, AggregationRule.TrimmedMean, 1,
        [
            new CriterionDefinition(Wiring, CriterionKind.Judgement, 80),
            new CriterionDefinition(Workmanship, CriterionKind.Measurement, 20),
            new CriterionDefinition(Safety, CriterionKind.Deduction, 10),
        ]),
    ]);

    public static StageDefinition TheoryStage => Definition.Stages[0];
    public static StageDefinition PracticalStage => Definition.Stages[1];

    /// <summary>One mark per judge, in judge order.</summary>
    public static IEnumerable<Mark> Marks(Guid stage, Guid criterion, params decimal[] points) =>
        points.Select((p, i) => new Mark(Judges[i], stage, criterion, p));
}
