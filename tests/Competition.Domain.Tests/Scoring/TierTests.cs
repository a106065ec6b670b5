namespace Competition.Domain.Tests.Scoring;

public class TierTests
{
    static readonly AwardPolicy TenTwentyThirty = new([new("Gold", 0.1m), new("Silver", 0.2m), new("Bronze", 0.3m)], 60);

    /// <summary>Ranked rows from totals in rank order; equal totals share a rank.</summary>
    internal static IReadOnlyList<RankedRow> Board(params decimal[] totals) =>
        Ranking.Rank(totals.Select((t, i) => new RankingRow(new Guid(i + 1, 0, 0, new byte[8]), t, new Dictionary<Guid, decimal>())), []);

    internal static string?[] TiersOf(IReadOnlyList<RankedRow> board, AwardPolicy policy) =>
        [.. Tiers.Assign(board, policy).Select(t => t.Tier)];

    [Fact]
    public void Ten_entries_with_10_20_30_percent_give_one_gold_two_silver_three_bronze() =>
        TiersOf(Board(99, 95, 90, 88, 85, 80, 75, 70, 65, 61), TenTwentyThirty)
            .ShouldBe(["Gold", "Silver", "Silver", "Bronze", "Bronze", "Bronze", null, null, null, null]);

    [Fact]
    public void A_tie_across_a_tier_boundary_joins_the_tier_and_shortens_the_next()
    {
        // Positions 3 and 4 are tied: both are silver, bronze keeps positions 5 and 6 only.
        TiersOf(Board(99, 95, 90, 90, 85, 80, 75, 70, 65, 61), TenTwentyThirty)
            .ShouldBe(["Gold", "Silver", "Silver", "Silver", "Bronze", "Bronze", null, null, null, null]);
    }

    [Fact]
    public void A_tie_for_first_gives_two_golds()
    {
        TiersOf(Board(99, 99, 90, 88, 85, 80, 75, 70, 65, 61), TenTwentyThirty)
            .ShouldBe(["Gold", "Gold", "Silver", "Bronze", "Bronze", "Bronze", null, null, null, null]);
    }

    [Fact]
    public void A_tie_swallowing_a_whole_tier_leaves_it_empty() =>
        TiersOf(Board(99, 95, 95, 95, 95, 95, 95, 70, 65, 61), TenTwentyThirty)
            .ShouldBe(["Gold", "Silver", "Silver", "Silver", "Silver", "Silver", "Silver", null, null, null]);

    [Fact]
    public void A_tie_at_the_last_tiers_end_joins_it() =>
        TiersOf(Board(99, 95, 90, 88, 85, 80, 80, 70, 65, 61), TenTwentyThirty)
            .ShouldBe(["Gold", "Silver", "Silver", "Bronze", "Bronze", "Bronze", "Bronze", null, null, null]);

    [Fact]
    public void Entries_below_the_minimum_score_get_no_tier_and_do_not_count_in_N()
    {
        // N = 5 reach 60: gold round(0.5) = 1, silver 1 + round(1.0) = 2, bronze 2 + round(1.5) = 4.
        var board = Board(99, 95, 90, 88, 60, 59.99m, 40, 30, 20, 10);
        TiersOf(board, TenTwentyThirty).ShouldBe(["Gold", "Silver", "Bronze", "Bronze", null, null, null, null, null, null]);
    }

    [Fact]
    public void Nobody_reaching_the_minimum_means_no_tiers() =>
        TiersOf(Board(50, 40), TenTwentyThirty).ShouldBe([null, null]);

    [Fact]
    public void Shares_that_round_to_zero_leave_a_tier_empty() =>
        // N = 4: gold round(0.4) = 0 → empty; silver 0 + round(0.8) = 1; bronze 1 + round(1.2) = 2.
        TiersOf(Board(90, 80, 70, 65), TenTwentyThirty).ShouldBe(["Silver", "Bronze", null, null]);

    [Fact]
    public void Assignments_keep_rank_and_total()
    {
        var assigned = Tiers.Assign(Board(99, 61), TenTwentyThirty);
        assigned.Select(a => (a.Rank, a.Total)).ShouldBe([(1, 99m), (2, 61m)]);
    }

    [Fact]
    public void Shares_summing_to_one_award_every_entry_reaching_the_minimum() =>
        TiersOf(Board(90, 80, 70), new AwardPolicy([new("First", 0.5m), new("Second", 0.5m)], 0))
            .ShouldBe(["First", "First", "Second"]);
}
