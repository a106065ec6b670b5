using static Competition.Domain.Tests.Sheets.SheetWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Sheets;

public class MarkSpecs
{
    [Fact]
    public void A_first_mark_is_awarded() =>
        SheetSpec().When(Mark(7.5m)).Then(Awarded(7.5m));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(9.99)]
    public void Points_from_zero_to_the_criterion_maximum_are_accepted(decimal points) =>
        SheetSpec().When(Mark(points)).Then(Awarded(points));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(10.01)]
    [InlineData(100)]
    public void Points_outside_zero_to_maximum_are_invalid(decimal points) =>
        SheetSpec().When(Mark(points)).ThenFails<InvalidCommand>("between 0 and 10").Errors.Keys.ShouldBe(["points"]);

    [Fact]
    public void Points_have_at_most_two_decimals() =>
        SheetSpec().When(Mark(7.125m)).ThenFails<InvalidCommand>("at most 2 decimals").Errors.Keys.ShouldBe(["points"]);

    [Fact]
    public void A_deduction_is_marked_within_its_own_maximum()
    {
        SheetSpec().When(Mark(2, Safety)).Then(Awarded(2, Safety));
        SheetSpec().When(Mark(6, Safety)).ThenFails<InvalidCommand>("between 0 and 5");
    }

    [Fact]
    public void A_mark_is_corrected_while_the_sheet_is_open() =>
        SheetSpec().Given(Awarded(7)).When(Mark(8))
            .Then(new MarkCorrected(SheetId, Contest, Electrician, Practical, Entry, JudgeA, Wiring, 8, 7, Now));

    [Fact]
    public void The_same_mark_again_decides_nothing() =>
        SheetSpec().Given(Awarded(7)).When(Mark(7.00m)).ThenNothing();

    [Fact]
    public void The_same_mark_resent_after_submitting_decides_nothing() =>
        SheetSpec().Given(Awarded(7), Submitted).When(Mark(7)).ThenNothing();

    [Fact]
    public void A_mark_carries_the_tablets_request_id() =>
        SheetSpec().When(Mark(7) with { RequestId = "k1" }).Then(Awarded(7) with { RequestId = "k1" });

    [Fact]
    public void A_late_resend_of_a_written_request_decides_nothing_even_after_the_mark_changed() =>
        SheetSpec().Given(Awarded(7) with { RequestId = "k1" }, Awarded(8) with { RequestId = "k2" })
            .When(Mark(7) with { RequestId = "k1" }).ThenNothing();

    [Fact]
    public void A_resent_request_is_still_known_after_submit_and_reopen() =>
        SheetSpec().Given(Awarded(7) with { RequestId = "k1" }, Submitted, Reopened(Chief), Awarded(9) with { RequestId = "k2" })
            .When(Mark(7) with { RequestId = "k1" }).ThenNothing();

    [Fact]
    public void A_key_sent_again_with_another_value_is_refused_not_taken_for_a_resend() =>
        SheetSpec().Given(Awarded(6) with { RequestId = "k1" }).When(Mark(8) with { RequestId = "k1" })
            .ThenFails<RuleViolation>("Idempotency-Key was already used");

    [Fact]
    public void A_key_sent_again_for_another_criterion_is_refused_not_taken_for_a_resend() =>
        SheetSpec().Given(Awarded(6) with { RequestId = "k1" }).When(Mark(2, Safety) with { RequestId = "k1" })
            .ThenFails<RuleViolation>("Idempotency-Key was already used");

    [Fact]
    public void A_new_request_with_another_value_corrects_the_mark() =>
        SheetSpec().Given(Awarded(7) with { RequestId = "k1" }).When(Mark(8) with { RequestId = "k2" })
            .Then(new MarkCorrected(SheetId, Contest, Electrician, Practical, Entry, JudgeA, Wiring, 8, 7, Now, "k2"));

    [Fact]
    public void A_changed_mark_on_a_submitted_sheet_is_refused() =>
        SheetSpec().Given(Awarded(7), Submitted).When(Mark(8)).ThenFails<RuleViolation>("sheet is submitted");

    [Fact]
    public void A_new_criterion_on_a_submitted_sheet_is_refused() =>
        SheetSpec().Given(Awarded(7), Submitted).When(Mark(1, Safety)).ThenFails<RuleViolation>("sheet is submitted");

    [Fact]
    public void A_reopened_sheet_takes_corrections_again() =>
        SheetSpec().Given(Awarded(7), Submitted, Reopened(Chief)).When(Mark(6))
            .Then(new MarkCorrected(SheetId, Contest, Electrician, Practical, Entry, JudgeA, Wiring, 6, 7, Now));

    [Fact]
    public void Marks_on_a_closed_stage_are_refused() =>
        SheetSpec().When(Mark(7, context: Context(contest: OpenPractical.With(new StageClosed(Contest, Electrician, Practical, Now)))))
            .ThenFails<RuleViolation>("Stage Practical is not open");

    [Fact]
    public void Marks_on_a_stage_not_yet_opened_are_refused() =>
        SheetSpec().When(Mark(70, Quiz, Context(stage: Theory))).ThenFails<RuleViolation>("Stage Theory is not open");

    [Fact]
    public void Marks_by_a_judge_not_on_the_stage_panel_are_not_allowed() =>
        SheetSpec().When(Mark(7, context: Context(judge: TheoryOnly))).ThenFails<NotAllowed>("not on the panel of stage Practical");

    [Fact]
    public void Marks_by_a_judge_of_the_entrys_own_organization_are_not_allowed() =>
        SheetSpec().When(Mark(7, context: Context(entry: EntryOf(NorthGrid)))).ThenFails<NotAllowed>("recused");

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Marks_on_an_entry_not_approved_and_drawn_are_refused(bool approved, bool drawn) =>
        SheetSpec().When(Mark(7, context: Context(entry: EntryOf(approved: approved, drawn: drawn))))
            .ThenFails<RuleViolation>("not approved with a drawn bib");

    [Fact]
    public void Marks_on_a_withdrawn_entry_are_refused()
    {
        var withdrawn = EntryDecider.Evolve(EntryOf(), new EntryWithdrawn(Entry, Contest, Electrician, Now));
        SheetSpec().When(Mark(7, context: Context(entry: withdrawn))).ThenFails<RuleViolation>();
    }

    [Fact]
    public void A_criterion_of_another_stage_is_not_found() =>
        SheetSpec().When(Mark(7, Quiz)).ThenFails<NotFound>("Criterion not found in stage Practical");

    [Fact]
    public void Marks_for_unknown_judges_stages_entries_and_contests_are_not_found()
    {
        SheetSpec().When(Mark(7, context: Context(judge: Guid.NewGuid()))).ThenFails<NotFound>("Judge");
        SheetSpec().When(Mark(7, context: Context(stage: Guid.NewGuid()))).ThenFails<NotFound>("Stage");
        SheetSpec().When(Mark(7, context: Context(entry: EntryDecider.Initial))).ThenFails<NotFound>("Entry");
        SheetSpec().When(Mark(7, context: SheetContext.From(ContestDecider.Initial, EntryOf(), JudgeA, Practical))).ThenFails<NotFound>("Contest");
    }

    [Fact]
    public void Permission_is_checked_before_the_points()
    {
        SheetSpec().When(Mark(99, context: Context(judge: TheoryOnly))).ThenFails<NotAllowed>();
        SheetSpec().When(Mark(99, context: Context(entry: EntryOf(NorthGrid)))).ThenFails<NotAllowed>();
    }

    [Fact]
    public void The_sheet_keeps_the_latest_mark_per_criterion()
    {
        var state = new object[]
        {
            Awarded(7), Awarded(2, Safety),
            new MarkCorrected(SheetId, Contest, Electrician, Practical, Entry, JudgeA, Wiring, 9, 7, Now),
        }.Aggregate(SheetDecider.Initial, SheetDecider.Evolve);
        state.ShouldBeOfType<SheetState.Open>();
        state.Status.ShouldBe("open");
        state.Marks.ShouldBe(new Dictionary<Guid, decimal> { [Wiring] = 9, [Safety] = 2 }, ignoreOrder: true);
    }
}
