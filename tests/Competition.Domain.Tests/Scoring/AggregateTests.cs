namespace Competition.Domain.Tests.Scoring;

public class AggregateTests
{
    [Fact]
    public void Trimmed_mean_of_five_judges_drops_the_highest_and_the_lowest() =>
        // 7 and 10 are dropped: (8 + 8.5 + 9) / 3
        Scorer.Aggregate(AggregationRule.TrimmedMean, 1, [9m, 7m, 10m, 8.5m, 8m]).ShouldBe(8.5m);

    [Fact]
    public void Trimmed_mean_of_four_judges_after_a_recusal_drops_one_high_and_one_low() =>
        Scorer.Aggregate(AggregationRule.TrimmedMean, 1, [6m, 9m, 7m, 8m]).ShouldBe(7.5m);

    [Theory]
    [InlineData(1, new[] { 6.0, 9.0 }, 7.5)]
    [InlineData(2, new[] { 6.0, 9.0, 7.0, 8.0 }, 7.5)]
    [InlineData(2, new[] { 1.0, 2.0, 3.0, 4.0, 10.0 }, 3.0)]
    [InlineData(0, new[] { 1.0, 2.0, 6.0 }, 3.0)]
    public void Trimmed_mean_falls_back_to_the_mean_with_two_trim_marks_or_fewer(int trim, double[] marks, double expected) =>
        Scorer.Aggregate(AggregationRule.TrimmedMean, trim, [.. marks.Select(m => (decimal)m)]).ShouldBe((decimal)expected);

    [Theory]
    [InlineData(new[] { 7.0, 9.0, 8.0 }, 8.0)]
    [InlineData(new[] { 7.0, 9.0, 8.0, 10.0 }, 8.5)]
    [InlineData(new[] { 5.0 }, 5.0)]
    [InlineData(new[] { 1.0, 1.0, 10.0 }, 1.0)]
    public void Median_takes_the_middle_mark_or_the_mean_of_the_two_middle_marks(double[] marks, double expected) =>
        Scorer.Aggregate(AggregationRule.Median, 0, [.. marks.Select(m => (decimal)m)]).ShouldBe((decimal)expected);

    [Fact]
    public void Mean_averages_every_mark() =>
        Scorer.Aggregate(AggregationRule.Mean, 0, [7m, 8m, 8m]).ShouldBe(23m / 3);

    [Theory]
    [InlineData(AggregationRule.Mean)]
    [InlineData(AggregationRule.TrimmedMean)]
    [InlineData(AggregationRule.Median)]
    public void No_marks_aggregate_to_zero(AggregationRule rule) =>
        Scorer.Aggregate(rule, 1, []).ShouldBe(0m);

    [Fact]
    public void Aggregating_does_not_reorder_the_callers_marks()
    {
        decimal[] marks = [9m, 7m, 10m];
        Scorer.Aggregate(AggregationRule.Median, 0, marks);
        marks.ShouldBe([9m, 7m, 10m]);
    }
}
