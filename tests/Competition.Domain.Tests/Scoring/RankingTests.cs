using static Competition.Domain.Tests.Scoring.Electrician;

namespace Competition.Domain.Tests.Scoring;

public class RankingTests
{
    static readonly Guid A = Guid.Parse("a0000000-0000-0000-0000-000000000000");
    static readonly Guid B = Guid.Parse("b0000000-0000-0000-0000-000000000000");
    static readonly Guid C = Guid.Parse("c0000000-0000-0000-0000-000000000000");
    static readonly Guid D = Guid.Parse("d0000000-0000-0000-0000-000000000000");

    static RankingRow Row(Guid entry, decimal total, decimal theory = 0, decimal practical = 0) =>
        new(entry, total, new Dictionary<Guid, decimal> { [Theory] = theory, [Practical] = practical });

    static IEnumerable<(Guid, int)> Ranks(IEnumerable<RankedRow> rows) => rows.Select(r => (r.EntryId, r.Rank));

    [Fact]
    public void Higher_totals_rank_first() =>
        Ranks(Ranking.Rank([Row(A, 70), Row(B, 90), Row(C, 80)], Definition)).ShouldBe([(B, 1), (C, 2), (A, 3)]);

    [Fact]
    public void A_tie_is_broken_by_the_heavier_stage()
    {
        // A: theory 100 → 30 + practical 70 → 49 = 79; B: theory 30 → 9 + practical 100 → 70 = 79.
        var a = Scorer.Score(Definition, Marks(Theory, Quiz, 100).Concat(Marks(Practical, Wiring, 70, 70, 70)));
        var b = Scorer.Score(Definition, Marks(Theory, Quiz, 30).Concat(Marks(Practical, Wiring, 80, 80, 80)).Concat(Marks(Practical, Workmanship, 20)));
        a.Total.ShouldBe(b.Total);
        var ranked = Ranking.Rank([new RankingRow(A, a.Total, a.StageScores), new RankingRow(B, b.Total, b.StageScores)], Definition);
        Ranks(ranked).ShouldBe([(B, 1), (A, 2)]);
    }

    [Fact]
    public void When_the_heaviest_stage_ties_the_next_heaviest_decides() =>
        Ranks(Ranking.Rank([Row(A, 80, theory: 60, practical: 90), Row(B, 80, theory: 70, practical: 90)], Definition))
            .ShouldBe([(B, 1), (A, 2)]);

    [Fact]
    public void A_true_tie_shares_a_rank_and_skips_the_next() =>
        Ranks(Ranking.Rank([Row(D, 60), Row(B, 80, 50, 90), Row(A, 95), Row(C, 80, 50, 90)], Definition))
            .ShouldBe([(A, 1), (B, 2), (C, 2), (D, 4)]);

    [Fact]
    public void Ties_are_judged_on_rounded_scores() =>
        Ranks(Ranking.Rank([Row(A, 80.001m, 50.004m, 90), Row(B, 79.999m, 50.001m, 90)], Definition))
            .ShouldBe([(A, 1), (B, 1)]);

    [Fact]
    public void Equal_weights_break_ties_in_stage_definition_order()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var category = new CategoryDefinition(
        [
            new StageDefinition(first, 50, AggregationRule.Mean, 0, []),
            new StageDefinition(second, 50, AggregationRule.Mean, 0, []),
        ]);
        Ranking.TieBreakOrder(category).ShouldBe([first, second]);
        var rows = new[]
        {
            new RankingRow(A, 80, new Dictionary<Guid, decimal> { [first] = 70, [second] = 90 }),
            new RankingRow(B, 80, new Dictionary<Guid, decimal> { [first] = 90, [second] = 70 }),
        };
        Ranks(Ranking.Rank(rows, category)).ShouldBe([(B, 1), (A, 2)]);
    }

    [Fact]
    public void The_heaviest_stage_comes_first_in_tie_break_order() =>
        Ranking.TieBreakOrder(Definition).ShouldBe([Practical, Theory]);

    [Fact]
    public void No_rows_rank_to_nothing() => Ranking.Rank([], Definition).ShouldBeEmpty();

    [Fact]
    public void A_missing_stage_score_counts_as_zero_in_the_tie_break() =>
        Ranks(Ranking.Rank([new RankingRow(A, 50, new Dictionary<Guid, decimal>()), Row(B, 50, 0, 1)], Definition))
            .ShouldBe([(B, 1), (A, 2)]);
}
