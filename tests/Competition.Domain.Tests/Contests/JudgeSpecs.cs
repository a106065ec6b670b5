using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class JudgeSpecs
{
    static readonly object[] TwoCategories = [Created, ElectricianAdded, TheoryAdded, PracticalAdded, WelderAdded,
        new StageAdded(Contest, Welder, WelderStage, "Welding", 100, AggregationRule.Median, 0, Now)];

    [Fact]
    public void A_judge_is_appointed_to_all_stages_of_their_categories_when_none_are_named() =>
        ContestSpec().Given(TwoCategories)
            .When(new AppointJudge(Contest, JudgeA, " Li Wei ", " North Grid ", [Electrician], null, false, "hash-a", Now))
            .Then(new JudgeAppointed(Contest, JudgeA, "Li Wei", NorthGrid, [Electrician], [], false, "hash-a", Now));

    [Fact]
    public void A_chief_judge_is_appointed_to_named_stage_panels() =>
        ContestSpec().Given(TwoCategories)
            .When(new AppointJudge(Contest, Chief, "Wang", EastWorks, [Electrician, Welder], [Practical, WelderStage], true, "h", Now))
            .Then(new JudgeAppointed(Contest, Chief, "Wang", EastWorks, [Electrician, Welder], [Practical, WelderStage], true, "h", Now));

    [Fact]
    public void A_judge_without_named_stages_sits_on_stages_added_later()
    {
        var state = ContestAfter(Created, ElectricianAdded, Appointed(JudgeA, NorthGrid), TheoryAdded);
        state.SitsOnPanel(JudgeA, Theory).ShouldBeTrue();
        state.Panel(Theory).Select(j => j.Id).ShouldBe([JudgeA]);
    }

    [Fact]
    public void A_judge_with_named_stages_sits_only_on_those()
    {
        var state = ContestAfter(Defined);
        state.SitsOnPanel(TheoryOnly, Theory).ShouldBeTrue();
        state.SitsOnPanel(TheoryOnly, Practical).ShouldBeFalse();
        state.Panel(Practical).Select(j => j.Id).ShouldBe([JudgeA, JudgeB, Chief], ignoreOrder: true);
    }

    [Theory]
    [InlineData("", NorthGrid, "name")]
    [InlineData("Li", " ", "organization")]
    public void A_judge_needs_a_name_and_an_organization(string name, string organization, string field) =>
        ContestSpec().Given(TwoCategories).When(new AppointJudge(Contest, JudgeA, name, organization, [Electrician], null, false, "h", Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe([field]);

    [Fact]
    public void A_judge_needs_at_least_one_category() =>
        ContestSpec().Given(TwoCategories).When(new AppointJudge(Contest, JudgeA, "Li", NorthGrid, [], null, false, "h", Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["categoryIds"]);

    [Fact]
    public void An_unknown_category_is_not_found() =>
        ContestSpec().Given(TwoCategories).When(new AppointJudge(Contest, JudgeA, "Li", NorthGrid, [Guid.NewGuid()], null, false, "h", Now))
            .ThenFails<NotFound>("Category");

    [Fact]
    public void An_unknown_stage_is_not_found() =>
        ContestSpec().Given(TwoCategories).When(new AppointJudge(Contest, JudgeA, "Li", NorthGrid, [Electrician], [Guid.NewGuid()], false, "h", Now))
            .ThenFails<NotFound>("Stage");

    [Fact]
    public void A_stage_outside_the_judges_categories_is_invalid() =>
        ContestSpec().Given(TwoCategories).When(new AppointJudge(Contest, JudgeA, "Li", NorthGrid, [Electrician], [WelderStage], false, "h", Now))
            .ThenFails<InvalidCommand>("not among the judge's categories");

    [Fact]
    public void The_same_judge_cannot_be_appointed_twice() =>
        ContestSpec().Given(TwoCategories.With(Appointed(JudgeA, NorthGrid)))
            .When(new AppointJudge(Contest, JudgeA, "Li", NorthGrid, [Electrician], null, false, "h", Now))
            .ThenFails<RuleViolation>("already appointed");

    [Theory]
    [InlineData("North Grid", true)]
    [InlineData(" north grid ", true)]
    [InlineData("South Grid", false)]
    public void Judges_are_recused_from_their_own_organization(string entryOrganization, bool recused) =>
        new JudgeState(JudgeA, "Li", NorthGrid, [Electrician], [], false).IsRecusedFrom(entryOrganization).ShouldBe(recused);
}
