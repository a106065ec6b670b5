using static Competition.Domain.Tests.Scoring.TierTests;

namespace Competition.Domain.Tests.Scoring;

public class CountTierTests
{
    static AwardPolicy Counts(decimal minimum, params int[] counts) =>
        new([.. counts.Select((c, i) => new AwardTier(new[] { "Gold", "Silver", "Bronze", "Merit" }[i], Count: c))], minimum);

    static readonly AwardPolicy OneTwoThree = Counts(60, 1, 2, 3);

    [Fact]
    public void Counts_1_2_3_on_ten_entries_give_one_gold_two_silver_three_bronze() =>
        // Tiers end at positions 1, 1 + 2 = 3 and 3 + 3 = 6.
        TiersOf(Board(99, 95, 90, 88, 85, 80, 75, 70, 65, 61), OneTwoThree)
            .ShouldBe(["Gold", "Silver", "Silver", "Bronze", "Bronze", "Bronze", null, null, null, null]);

    [Fact]
    public void Counts_stay_fixed_however_many_entries_there_are() =>
        // Twenty entries: 10/20/30% would give 2, 4 and 6; counts still give 1, 2 and 3.
        TiersOf(Board([.. Enumerable.Range(0, 20).Select(i => 99m - i)]), OneTwoThree).Count(t => t is not null).ShouldBe(6);

    [Fact]
    public void Counts_past_N_stop_at_the_last_entry_and_leave_later_tiers_empty() =>
        // N = 5: gold ends at 2, silver at min(2 + 5, 5) = 5, bronze at min(5 + 10, 5) = 5 → empty.
        TiersOf(Board(99, 95, 90, 88, 85), Counts(60, 2, 5, 10)).ShouldBe(["Gold", "Gold", "Silver", "Silver", "Silver"]);

    [Fact]
    public void A_first_count_larger_than_N_puts_everyone_in_it() =>
        TiersOf(Board(99, 80, 61), Counts(60, 10_000, 3)).ShouldBe(["Gold", "Gold", "Gold"]);

    [Fact]
    public void A_tie_at_a_tier_boundary_joins_the_tier_and_shortens_the_next() =>
        // Positions 3 and 4 tie: silver (ending at 3) takes both, bronze still ends at 6 and keeps 5 and 6.
        TiersOf(Board(99, 95, 90, 90, 85, 80, 75, 70), OneTwoThree)
            .ShouldBe(["Gold", "Silver", "Silver", "Silver", "Bronze", "Bronze", null, null]);

    [Fact]
    public void A_tie_for_first_with_a_count_of_one_gives_two_golds() =>
        TiersOf(Board(99, 99, 90, 88, 85, 80, 75), OneTwoThree)
            .ShouldBe(["Gold", "Gold", "Silver", "Bronze", "Bronze", "Bronze", null]);

    [Fact]
    public void A_tie_swallowing_the_next_tier_leaves_it_empty() =>
        // Positions 2 to 6 tie: silver (ending at 3) takes them all; bronze ends at 6, already taken.
        TiersOf(Board(99, 95, 95, 95, 95, 95, 70), OneTwoThree)
            .ShouldBe(["Gold", "Silver", "Silver", "Silver", "Silver", "Silver", null]);

    [Fact]
    public void A_tie_at_the_last_tiers_end_joins_it() =>
        TiersOf(Board(99, 95, 90, 88, 85, 80, 80, 70), OneTwoThree)
            .ShouldBe(["Gold", "Silver", "Silver", "Bronze", "Bronze", "Bronze", "Bronze", null]);

    [Fact]
    public void The_minimum_score_cuts_N_and_with_it_the_last_tier() =>
        // N = 4 reach 60: gold 1, silver 2–3, bronze ends at min(6, 4) = 4.
        TiersOf(Board(99, 95, 90, 60, 59.99m, 40), OneTwoThree).ShouldBe(["Gold", "Silver", "Silver", "Bronze", null, null]);

    [Fact]
    public void Nobody_reaching_the_minimum_means_no_tiers_by_count_either() =>
        TiersOf(Board(59, 40), OneTwoThree).ShouldBe([null, null]);
}
