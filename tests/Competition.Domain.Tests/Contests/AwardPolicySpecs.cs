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
}
