using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

/// <summary>Correcting the set-up: names at any time, what scores depend on only before it was used.</summary>
public class RevisionSpecs
{
    static StageOpened TheoryOpened => new(Contest, Electrician, Theory, Now);

    [Fact]
    public void A_weight_typed_as_a_fraction_is_corrected_and_the_stage_can_then_open()
    {
        var mistyped = TheoryAdded with { Weight = 0.3m };
        ContestSpec().Given(Created, ElectricianAdded, mistyped, PracticalAdded, QuizAdded, WiringAdded)
            .When(new ReviseStage(Contest, Theory, "Theory", 30, AggregationRule.Mean, 0, Now))
            .Then(new StageRevised(Contest, Electrician, Theory, "Theory", 30, AggregationRule.Mean, 0, Now));
        var after = ContestAfter(Created, ElectricianAdded, mistyped, PracticalAdded, QuizAdded, WiringAdded,
            new StageRevised(Contest, Electrician, Theory, "Theory", 30, AggregationRule.Mean, 0, Now));
        after.Category(Electrician)!.TotalWeight.ShouldBe(100);
        ContestDecider.Decide(new OpenStage(Contest, Theory, false, Now), after).ShouldHaveSingleItem().ShouldBeOfType<StageOpened>();
    }

    [Fact]
    public void A_weight_that_would_take_the_category_past_100_is_refused_with_the_sum() =>
        ContestSpec().Given(Defined).When(new ReviseStage(Contest, Theory, "Theory", 40, AggregationRule.Mean, 0, Now))
            .ThenFails<InvalidCommand>().Errors["weight"].ShouldHaveSingleItem().ShouldContain("would add up to 110");

    [Fact]
    public void Weights_stay_once_a_stage_of_the_category_opened_but_a_stage_can_still_be_renamed()
    {
        ContestSpec().Given(Defined.With(TheoryOpened))
            .When(new ReviseStage(Contest, Practical, "Practical", 60, AggregationRule.TrimmedMean, 1, Now))
            .ThenFails<RuleViolation>("weights can no longer change");
        ContestSpec().Given(Defined.With(TheoryOpened))
            .When(new ReviseStage(Contest, Theory, "理论知识", 30, AggregationRule.Mean, 0, Now))
            .Then(new StageRevised(Contest, Electrician, Theory, "理论知识", 30, AggregationRule.Mean, 0, Now));
    }

    [Fact]
    public void An_opened_stage_keeps_its_aggregation_and_the_same_definition_again_writes_nothing()
    {
        ContestSpec().Given(Defined.With(TheoryOpened)).When(new ReviseStage(Contest, Theory, "Theory", 30, AggregationRule.Median, 0, Now))
            .ThenFails<RuleViolation>("aggregation can no longer change");
        ContestSpec().Given(Defined).When(new ReviseStage(Contest, Theory, "Theory", 30, AggregationRule.Mean, 0, Now)).Then();
    }

    [Fact]
    public void A_stage_never_opened_is_removed_and_its_judges_keep_their_other_stages()
    {
        var both = Appointed(JudgeA, NorthGrid, false, Theory, Practical);
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, PracticalAdded, both)
            .When(new RemoveStage(Contest, Practical, Now))
            .Then(new StageRemoved(Contest, Electrician, Practical, Now));
        var after = ContestAfter(Created, ElectricianAdded, TheoryAdded, PracticalAdded, both, new StageRemoved(Contest, Electrician, Practical, Now));
        after.Category(Electrician)!.Stages.Select(s => s.Id).ShouldBe([Theory]);
        after.Judge(JudgeA)!.StageIds.ShouldBe([Theory]);
    }

    [Fact]
    public void A_stage_that_was_opened_or_that_is_a_judges_only_stage_is_not_removed()
    {
        ContestSpec().Given(Defined.With(TheoryOpened)).When(new RemoveStage(Contest, Theory, Now))
            .ThenFails<RuleViolation>("cannot be removed");
        // TheoryOnly sits on Theory alone: without it, an empty list would put the judge on every stage.
        ContestSpec().Given(Defined).When(new RemoveStage(Contest, Theory, Now))
            .ThenFails<RuleViolation>("sit on stage Theory only");
    }

    [Fact]
    public void A_criterion_is_corrected_or_removed_until_its_stage_opens_and_after_that_only_renamed()
    {
        ContestSpec().Given(Defined).When(new ReviseCriterion(Contest, Practical, Wiring, "Wiring", CriterionKind.Judgement, 20, Now))
            .Then(new CriterionRevised(Contest, Electrician, Practical, Wiring, "Wiring", CriterionKind.Judgement, 20, Now));
        ContestSpec().Given(Defined).When(new RemoveCriterion(Contest, Practical, Safety, Now))
            .Then(new CriterionRemoved(Contest, Electrician, Practical, Safety, Now));
        var opened = Defined.With(new StageOpened(Contest, Electrician, Practical, Now));
        ContestSpec().Given(opened).When(new ReviseCriterion(Contest, Practical, Wiring, "Wiring", CriterionKind.Judgement, 20, Now))
            .ThenFails<RuleViolation>("would be rescaled");
        ContestSpec().Given(opened).When(new RemoveCriterion(Contest, Practical, Wiring, Now)).ThenFails<RuleViolation>("can no longer be removed");
        ContestSpec().Given(opened).When(new ReviseCriterion(Contest, Practical, Wiring, "接线工艺", CriterionKind.Judgement, 10, Now))
            .Then(new CriterionRevised(Contest, Electrician, Practical, Wiring, "接线工艺", CriterionKind.Judgement, 10, Now));
    }

    [Fact]
    public void A_revised_criterion_changes_the_stage_maximum_and_a_removed_one_leaves_it()
    {
        var after = ContestAfter(Defined.With(
            new CriterionRevised(Contest, Electrician, Practical, Wiring, "Wiring", CriterionKind.Judgement, 20, Now),
            new CriterionRemoved(Contest, Electrician, Practical, Safety, Now)));
        after.Stage(Practical)!.MaxPoints.ShouldBe(20);
        after.Stage(Practical)!.Criteria.Select(c => c.Id).ShouldBe([Wiring]);
    }

    [Fact]
    public void A_criterion_of_another_stage_is_not_found() =>
        ContestSpec().Given(Defined).When(new RemoveCriterion(Contest, Theory, Wiring, Now)).ThenFails<NotFound>("Criterion not found");

    [Fact]
    public void A_judge_is_renamed_made_chief_or_removed_before_marking_and_after_it_keeps_the_organization()
    {
        ContestSpec().Given(Defined).When(new ReviseJudge(Contest, JudgeA, "王芳", SouthGrid, true, Now))
            .Then(new JudgeRevised(Contest, JudgeA, "王芳", SouthGrid, [Electrician], [], true, Now));
        ContestSpec().Given(Defined).When(new RemoveJudge(Contest, JudgeA, Now)).Then(new JudgeRemoved(Contest, JudgeA, [Electrician], Now));
        ContestAfter(Defined.With(new JudgeRemoved(Contest, JudgeA, [Electrician], Now))).Judge(JudgeA).ShouldBeNull();

        var marking = Defined.With(TheoryOpened);
        ContestSpec().Given(marking).When(new ReviseJudge(Contest, JudgeA, "Judge 01", SouthGrid, false, Now))
            .ThenFails<RuleViolation>("organization (who they are recused from) can no longer change");
        ContestSpec().Given(marking).When(new RemoveJudge(Contest, JudgeA, Now)).ThenFails<RuleViolation>("revoke the judge's token instead");
        ContestSpec().Given(marking).When(new ReviseJudge(Contest, JudgeA, "Wang Fang", NorthGrid, true, Now))
            .Then(new JudgeRevised(Contest, JudgeA, "Wang Fang", NorthGrid, [Electrician], [], true, Now));
    }

    [Fact]
    public void A_judge_on_practical_only_may_still_change_organization_while_only_theory_is_open()
    {
        var practicalOnly = Appointed(JudgeA, NorthGrid, false, Practical);
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, PracticalAdded, QuizAdded, WiringAdded, practicalOnly, TheoryOpened)
            .When(new ReviseJudge(Contest, JudgeA, practicalOnly.Name, SouthGrid, false, Now))
            .Then(new JudgeRevised(Contest, JudgeA, practicalOnly.Name, SouthGrid, [Electrician], [Practical], false, Now));
    }

    [Fact]
    public void A_category_is_renamed_unless_the_name_is_taken()
    {
        ContestSpec().Given(Created, ElectricianAdded, WelderAdded).When(new ReviseCategory(Contest, Electrician, "电工", Now))
            .Then(new CategoryRevised(Contest, Electrician, "电工", Now));
        ContestSpec().Given(Created, ElectricianAdded, WelderAdded).When(new ReviseCategory(Contest, Electrician, "welder", Now))
            .ThenFails<RuleViolation>("already has a category named welder");
    }

    [Fact]
    public void A_category_is_removed_only_empty_undrawn_unmarked_and_with_no_judge_of_its_own()
    {
        ContestSpec().Given(Created, ElectricianAdded, WelderAdded).When(new RemoveCategory(Contest, Welder, 0, Now))
            .Then(new CategoryRemoved(Contest, Welder, Now));
        ContestSpec().Given(Created, ElectricianAdded, WelderAdded).When(new RemoveCategory(Contest, Welder, 2, Now))
            .ThenFails<RuleViolation>("has 2 entries; reject or withdraw them first");
        ContestSpec().Given(Defined).When(new RemoveCategory(Contest, Electrician, 0, Now)).ThenFails<RuleViolation>("work only in category Electrician");
        ContestSpec().Given(Defined.With(TheoryOpened)).When(new RemoveCategory(Contest, Electrician, 0, Now))
            .ThenFails<RuleViolation>("cannot be removed");
    }

    [Fact]
    public void A_removed_category_leaves_the_judges_of_two_categories_with_the_other()
    {
        var twoCategories = Appointed(JudgeA, NorthGrid) with { CategoryIds = [Electrician, Welder] };
        var after = ContestAfter(Created, ElectricianAdded, WelderAdded, twoCategories, new CategoryRemoved(Contest, Welder, Now));
        after.Categories.Select(c => c.Id).ShouldBe([Electrician]);
        after.Judge(JudgeA)!.CategoryIds.ShouldBe([Electrician]);
    }
}
