using static Competition.Domain.Tests.World;
using static Competition.Domain.Tests.Points.PointsWorld;

namespace Competition.Domain.Tests.Points;

public class ReasonSpecs
{
    static readonly Guid NewReason = Guid.Parse("00000000-0000-0000-0000-0000000a0009");

    static AddReason Adding(string code = "PROP", decimal points = 3, decimal? cap = null, string name = "Proposal adopted") =>
        new(Contest, Electrician, NewReason, code, name, points, cap, Now);

    [Fact]
    public void A_reason_is_added_to_its_category_with_code_and_name_trimmed() =>
        ContestSpec().Given(Season).When(Adding(" PROP ", 3, 9, " Proposal adopted "))
            .Then(new ReasonAdded(Contest, Electrician, NewReason, "PROP", "Proposal adopted", 3, 9, Now));

    [Fact]
    public void A_deduction_is_a_reason_with_negative_points() =>
        ContestSpec().Given(Season).When(Adding(points: -2.5m))
            .Then(new ReasonAdded(Contest, Electrician, NewReason, "PROP", "Proposal adopted", -2.5m, null, Now));

    [Fact]
    public void The_reason_joins_the_category_state() =>
        ContestAfter(Season).Category(Electrician)!.Reason("haz")!.Points.ShouldBe(2.5m);

    [Fact]
    public void A_code_already_in_the_category_is_refused_in_any_letter_case() =>
        ContestSpec().Given(Season).When(Adding("train")).ThenFails<RuleViolation>("already has a reason with code train");

    [Fact]
    public void The_same_code_in_another_category_is_fine() =>
        ContestSpec().Given(Season).When(Adding("TRAIN") with { CategoryId = Welder })
            .Then(new ReasonAdded(Contest, Welder, NewReason, "TRAIN", "Proposal adopted", 3, null, Now));

    [Theory]
    [InlineData(0)]
    [InlineData(1.005)]
    [InlineData(100_001)]
    public void Points_of_zero_more_than_two_decimals_or_out_of_range_are_refused(decimal points) =>
        ContestSpec().Given(Season).When(Adding(points: points)).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["points"]);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_cap_is_above_zero(decimal cap) =>
        ContestSpec().Given(Season).When(Adding(cap: cap)).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["capPerEntry"]);

    [Fact]
    public void A_code_longer_than_50_characters_is_refused() =>
        ContestSpec().Given(Season).When(Adding(new string('码', 51))).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["code"]);

    [Fact]
    public void A_skills_contest_has_no_reasons() =>
        ContestSpec().Given(Created, ElectricianAdded).When(Adding()).ThenFails<RuleViolation>("Only a points contest");

    [Fact]
    public void An_unknown_category_is_not_found() =>
        ContestSpec().Given(Season).When(Adding() with { CategoryId = Guid.NewGuid() }).ThenFails<NotFound>("Category not found");

    [Fact]
    public void The_table_is_closed_once_the_contest_is_finished() =>
        ContestSpec().Given(Season.With(new ContestFinished(Contest, [Electrician, Welder], Now))).When(Adding())
            .ThenFails<RuleViolation>("finished");

    [Fact]
    public void Finishing_names_every_category_and_finishing_again_decides_nothing()
    {
        var finished = new ContestFinished(Contest, [Electrician, Welder], Now);
        ContestSpec().Given(Season).When(new FinishContest(Contest, Now)).Then(finished);
        ContestSpec().Given(Season.With(finished)).When(new FinishContest(Contest, Now)).ThenNothing();
        ContestAfter(Season.With(finished)).Finished.ShouldBeTrue();
    }

    [Fact]
    public void A_skills_contest_is_not_finished_this_way() =>
        ContestSpec().Given(Defined).When(new FinishContest(Contest, Now)).ThenFails<RuleViolation>("Only a points contest");

    [Fact]
    public void A_points_contest_is_created_with_kind_points() =>
        ContestSpec().When(new CreateContest(Contest, "积分赛", ContestKind.Points, null, "h", Now))
            .Then(new ContestCreated(Contest, "积分赛", ContestKind.Points, "zh-CN", "h", Now));
}
