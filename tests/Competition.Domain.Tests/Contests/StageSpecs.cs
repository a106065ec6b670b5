using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class StageSpecs
{
    static StageOpened Opened(Guid stage) => new(Contest, Electrician, stage, Now);
    static StageClosed Closed(Guid stage) => new(Contest, Electrician, stage, Now);

    [Fact]
    public void A_stage_opens_when_its_category_is_fully_defined() =>
        ContestSpec().Given(Defined).When(new OpenStage(Contest, Theory, false, Now)).Then(Opened(Theory));

    [Fact]
    public void Opening_an_open_stage_decides_nothing() =>
        ContestSpec().Given(Defined.With(Opened(Theory))).When(new OpenStage(Contest, Theory, false, Now)).ThenNothing();

    [Fact]
    public void A_stage_does_not_open_while_weights_do_not_add_up_to_100() =>
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, QuizAdded)
            .When(new OpenStage(Contest, Theory, false, Now))
            .ThenFails<RuleViolation>("Stage weights of category Electrician add up to 30, they must add up to 100 before a stage opens");

    [Fact]
    public void A_stage_does_not_open_while_a_stage_of_its_category_has_no_criteria() =>
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, PracticalAdded, QuizAdded)
            .When(new OpenStage(Contest, Theory, false, Now))
            .ThenFails<RuleViolation>("Stage(s) Practical of category Electrician have no criteria yet");

    [Fact]
    public void A_stage_with_only_deductions_does_not_open() =>
        ContestSpec().Given(Created, ElectricianAdded, TheoryAdded, PracticalAdded, QuizAdded, SafetyAdded)
            .When(new OpenStage(Contest, Practical, false, Now))
            .ThenFails<RuleViolation>("only deductions");

    [Fact]
    public void Opening_an_unknown_stage_is_not_found() =>
        ContestSpec().Given(Defined).When(new OpenStage(Contest, WelderStage, false, Now)).ThenFails<NotFound>("Stage not found");

    [Fact]
    public void An_open_stage_closes() =>
        ContestSpec().Given(Defined.With(Opened(Theory))).When(new CloseStage(Contest, Theory, Now)).Then(Closed(Theory));

    [Fact]
    public void Closing_a_closed_stage_decides_nothing() =>
        ContestSpec().Given(Defined.With(Opened(Theory), Closed(Theory))).When(new CloseStage(Contest, Theory, Now)).ThenNothing();

    [Fact]
    public void A_stage_never_opened_cannot_close() =>
        ContestSpec().Given(Defined).When(new CloseStage(Contest, Theory, Now)).ThenFails<RuleViolation>("has not been opened");

    [Fact]
    public void Closing_an_unknown_stage_is_not_found() =>
        ContestSpec().Given(Defined).When(new CloseStage(Contest, WelderStage, Now)).ThenFails<NotFound>();

    [Fact]
    public void A_closed_stage_reopens_while_awards_are_not_confirmed() =>
        ContestSpec().Given(Defined.With(Opened(Theory), Closed(Theory))).When(new OpenStage(Contest, Theory, false, Now)).Then(Opened(Theory));

    [Fact]
    public void A_closed_stage_stays_closed_once_awards_are_confirmed() =>
        ContestSpec().Given(Defined.With(Opened(Theory), Closed(Theory))).When(new OpenStage(Contest, Theory, true, Now))
            .ThenFails<RuleViolation>("Awards of category Electrician are confirmed");

    [Fact]
    public void Stage_status_follows_opening_and_closing()
    {
        ContestAfter(Defined).Stage(Theory)!.Status.ShouldBe(StageStatus.NotOpened);
        ContestAfter(Defined.With(Opened(Theory))).Stage(Theory)!.IsOpen.ShouldBeTrue();
        var closedBoth = ContestAfter(Defined.With(Opened(Theory), Opened(Practical), Closed(Theory), Closed(Practical)));
        closedBoth.Stage(Theory)!.Status.ShouldBe(StageStatus.Closed);
        closedBoth.Category(Electrician)!.AllStagesClosed.ShouldBeTrue();
        ContestAfter(Defined.With(Opened(Theory), Closed(Theory))).Category(Electrician)!.AllStagesClosed.ShouldBeFalse();
    }

    [Fact]
    public void The_category_definition_feeds_scoring_in_stage_order()
    {
        var definition = ContestAfter(Defined).Definition(Electrician)!;
        definition.Stages.Select(s => s.Id).ShouldBe([Theory, Practical]);
        definition.Stages[1].ShouldBe(definition.Stages[1] with { Weight = 70, Rule = AggregationRule.TrimmedMean, Trim = 1 });
        definition.Stages[1].MaxPoints.ShouldBe(10);
        definition.Stages[1].Criteria.Select(c => c.Kind).ShouldBe([CriterionKind.Judgement, CriterionKind.Deduction]);
    }
}
