using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class AwardPolicySpecs
{
    static SetAwardPolicy Set(decimal minimum, params AwardTier[] tiers) =>
        new(Contest, Electrician, new AwardPolicy(tiers, minimum), Now);

    [Fact]
    public void A_policy_records_its_tiers_and_minimum_score() =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(Set(60, new AwardTier(" Gold ", 0.1m), new AwardTier("Silver", 0.2m), new AwardTier("Bronze", 0.3m)))
            .Then(new AwardPolicySet(Contest, Electrician, [new AwardTier("Gold", 0.1m), new AwardTier("Silver", 0.2m), new AwardTier("Bronze", 0.3m)], 60, Now));

    [Fact]
    public void A_later_policy_replaces_the_earlier_one()
    {
        var state = ContestAfter(Created, ElectricianAdded,
            new AwardPolicySet(Contest, Electrician, [new AwardTier("Gold", 0.1m)], 60, Now),
            new AwardPolicySet(Contest, Electrician, [new AwardTier("First", 0.5m)], 50, Now));
        var policy = state.Category(Electrician)!.AwardPolicy!;
        policy.MinimumScore.ShouldBe(50);
        policy.Tiers.ShouldBe([new AwardTier("First", 0.5m)]);
    }

    [Fact]
    public void A_policy_of_an_unknown_category_is_not_found() =>
        ContestSpec().Given(Created).When(Set(60, new AwardTier("Gold", 0.1m))).ThenFails<NotFound>();

    public static TheoryData<AwardTier[], decimal, string> BadPolicies => new()
    {
        { [], 60, "tiers" },
        { [new AwardTier("Gold", 0m)], 60, "tiers" },
        { [new AwardTier("Gold", 1.5m)], 60, "tiers" },
        { [new AwardTier("Gold", 0.6m), new AwardTier("Silver", 0.5m)], 60, "tiers" },
        { [new AwardTier("Gold", 0.1m), new AwardTier("gold", 0.1m), new AwardTier("Gold", 0.1m)], 60, "tiers" },
        { [new AwardTier("", 0.1m)], 60, "tiers" },
        { [new AwardTier("Gold", 0.1m)], -1, "minimumScore" },
        { [new AwardTier("Gold", 0.1m)], 100.5m, "minimumScore" },
    };

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void Bad_shares_names_and_minimums_are_invalid(AwardTier[] tiers, decimal minimum, string field) =>
        ContestSpec().Given(Created, ElectricianAdded).When(Set(minimum, tiers))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe([field]);

    [Fact]
    public void A_policy_by_counts_records_its_counts() =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(Set(60, new AwardTier("Gold", Count: 1), new AwardTier(" Silver", Count: 2), new AwardTier("Bronze", Count: 10_000)))
            .Then(new AwardPolicySet(Contest, Electrician,
                [new AwardTier("Gold", Count: 1), new AwardTier("Silver", Count: 2), new AwardTier("Bronze", Count: 10_000)], 60, Now));

    // Counts may add up past any field: tiers simply stop at N.
    [Fact]
    public void Counts_may_add_up_to_more_than_there_are_entries() =>
        ContestSpec().Given(Created, ElectricianAdded).When(Set(0, new AwardTier("Gold", Count: 10_000), new AwardTier("Silver", Count: 10_000)))
            .Then(new AwardPolicySet(Contest, Electrician, [new AwardTier("Gold", Count: 10_000), new AwardTier("Silver", Count: 10_000)], 0, Now));

    public static TheoryData<AwardTier[], string> BadTierSizes => new()
    {
        { [new AwardTier("Gold", 0.5m), new AwardTier("Silver", 20m)], "at most 1" },
        { [new AwardTier("Gold", 0.5m), new AwardTier("Silver", Count: 20)], "either shares or counts for all tiers" },
        { [new AwardTier("Gold", Count: 1), new AwardTier("Silver", 0.2m), new AwardTier("Bronze", Count: 3)], "either shares or counts for all tiers" },
        { [new AwardTier("Gold", 0.1m, 1)], "not both" },
        { [new AwardTier("Gold")], "a share (0.1 is 10%) or a count" },
        { [new AwardTier("Gold", Count: 1), new AwardTier("Silver")], "a share (0.1 is 10%) or a count" },
        { [new AwardTier("Gold", Count: 0)], "from 1 to 10000" },
        { [new AwardTier("Gold", Count: -3)], "from 1 to 10000" },
        { [new AwardTier("Gold", Count: 10_001)], "from 1 to 10000" },
    };

    [Theory]
    [MemberData(nameof(BadTierSizes))]
    public void Mixed_missing_doubled_or_out_of_range_tier_sizes_are_refused_never_rescaled(AwardTier[] tiers, string message)
    {
        var error = ContestSpec().Given(Created, ElectricianAdded).When(Set(60, tiers)).ThenFails<InvalidCommand>();
        error.Errors.Keys.ShouldBe(["tiers"]);
        error.Errors["tiers"].ShouldContain(m => m.Contains(message, StringComparison.Ordinal));
    }
}
