using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class DefinitionSpecs
{
    [Fact]
    public void A_category_is_added_with_its_entry_type() =>
        ContestSpec().Given(Created).When(new AddCategory(Contest, Welder, "Welder", EntryType.Team, Now)).Then(WelderAdded);

    [Fact]
    public void A_category_needs_a_name() =>
        ContestSpec().Given(Created).When(new AddCategory(Contest, Welder, " ", EntryType.Team, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["name"]);

    [Fact]
    public void Two_categories_cannot_share_a_name() =>
        ContestSpec().Given(Created, ElectricianAdded).When(new AddCategory(Contest, Welder, "electrician", EntryType.Team, Now))
            .ThenFails<RuleViolation>("already has a category named electrician");

    [Fact]
    public void The_same_category_id_cannot_be_added_twice() =>
        ContestSpec().Given(Created, ElectricianAdded).When(new AddCategory(Contest, Electrician, "Other", EntryType.Team, Now))
            .ThenFails<RuleViolation>("already exists");

    [Fact]
    public void A_stage_is_added_with_weight_and_aggregation_rule() =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(new AddStage(Contest, Electrician, Practical, "Practical", 70, AggregationRule.TrimmedMean, 1, Now))
            .Then(PracticalAdded);

    [Fact]
    public void Trim_only_counts_for_the_trimmed_mean() =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(new AddStage(Contest, Electrician, Theory, "Theory", 30, AggregationRule.Mean, 2, Now))
            .Then(TheoryAdded);

    [Fact]
    public void A_stage_of_an_unknown_category_is_not_found() =>
        ContestSpec().Given(Created)
            .When(new AddStage(Contest, Electrician, Theory, "Theory", 30, AggregationRule.Mean, 0, Now))
            .ThenFails<NotFound>("Category not found");

    [Theory]
    [InlineData(0, 0, "weight")]
    [InlineData(-5, 0, "weight")]
    [InlineData(101, 0, "weight")]
    [InlineData(30, -1, "aggregation.trim")]
    public void Bad_weights_and_trims_are_invalid(int weight, int trim, string field) =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(new AddStage(Contest, Electrician, Theory, "Theory", weight, AggregationRule.TrimmedMean, trim, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe([field]);

    [Fact]
    public void Stage_weights_of_a_category_cannot_go_beyond_100() =>
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, PracticalAdded)
            .When(new AddStage(Contest, Electrician, WelderStage, "Extra", 10, AggregationRule.Mean, 0, Now))
            .ThenFails<InvalidCommand>("would add up to 110");

    [Fact]
    public void A_stage_needs_a_name() =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(new AddStage(Contest, Electrician, Theory, "", 30, AggregationRule.Mean, 0, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["name"]);

    [Fact]
    public void An_unknown_aggregation_rule_is_invalid() =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(new AddStage(Contest, Electrician, Theory, "Theory", 30, (AggregationRule)9, 0, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["aggregation.rule"]);

    [Fact]
    public void The_same_stage_id_cannot_be_added_twice() =>
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded)
            .When(new AddStage(Contest, Electrician, Theory, "Again", 10, AggregationRule.Mean, 0, Now))
            .ThenFails<RuleViolation>("already exists");

    [Fact]
    public void A_criterion_is_added_to_its_stage_with_kind_and_maximum() =>
        ContestSpec().Given(Created, ElectricianAdded, PracticalAdded)
            .When(new AddCriterion(Contest, Practical, Safety, "Safety breach", CriterionKind.Deduction, 5, Now))
            .Then(SafetyAdded);

    [Fact]
    public void A_criterion_of_an_unknown_stage_is_not_found() =>
        ContestSpec().Given(Created, ElectricianAdded)
            .When(new AddCriterion(Contest, Practical, Safety, "Safety", CriterionKind.Deduction, 5, Now))
            .ThenFails<NotFound>("Stage not found");

    [Theory]
    [InlineData("Wiring", 0, "maxPoints")]
    [InlineData("Wiring", -1, "maxPoints")]
    [InlineData("", 10, "name")]
    public void Criteria_need_a_name_and_positive_maximum(string name, int max, string field) =>
        ContestSpec().Given(Created, ElectricianAdded, PracticalAdded)
            .When(new AddCriterion(Contest, Practical, Wiring, name, CriterionKind.Judgement, max, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe([field]);

    [Fact]
    public void An_unknown_criterion_kind_is_invalid() =>
        ContestSpec().Given(Created, ElectricianAdded, PracticalAdded)
            .When(new AddCriterion(Contest, Practical, Wiring, "Wiring", (CriterionKind)5, 10, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["kind"]);

    [Fact]
    public void Criteria_do_not_change_while_the_stage_is_open() =>
        ContestSpec().Given(Defined.With(new StageOpened(Contest, Electrician, Practical, Now)))
            .When(new AddCriterion(Contest, Practical, Guid.NewGuid(), "Tidiness", CriterionKind.Judgement, 5, Now))
            .ThenFails<RuleViolation>("Stage Practical has been opened");

    [Fact]
    public void Criteria_do_not_change_once_the_stage_has_closed_either() =>
        ContestSpec().Given(Defined.With(new StageOpened(Contest, Electrician, Practical, Now), new StageClosed(Contest, Electrician, Practical, Now)))
            .When(new AddCriterion(Contest, Practical, Guid.NewGuid(), "Tidiness", CriterionKind.Judgement, 90, Now))
            .ThenFails<RuleViolation>("can no longer change");

    [Fact]
    public void The_same_criterion_id_cannot_be_added_twice() =>
        ContestSpec().Given(Defined)
            .When(new AddCriterion(Contest, Practical, Wiring, "Wiring", CriterionKind.Judgement, 10, Now))
            .ThenFails<RuleViolation>("already exists");
}
