using static Competition.Domain.Tests.Sheets.SheetWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Sheets;

public class SubmitAndReopenSpecs
{
    static SubmitSheet Submit(SheetContext? context = null) => new(context ?? Context(), Now);

    static ReopenSheet Reopen(Guid by, bool byOrganizer = false, string reason = "recount") =>
        new(Context(), reason, by, byOrganizer, Now);

    [Fact]
    public void An_open_sheet_is_submitted() =>
        SheetSpec().Given(Awarded(7)).When(Submit()).Then(Submitted);

    [Fact]
    public void Submitting_again_decides_nothing() =>
        SheetSpec().Given(Awarded(7), Submitted).When(Submit()).ThenNothing();

    [Fact]
    public void A_sheet_without_marks_cannot_be_submitted() =>
        SheetSpec().When(Submit()).ThenFails<RuleViolation>("no marks yet");

    [Fact]
    public void Only_panel_judges_submit() =>
        SheetSpec().Given(Awarded(7)).When(Submit(Context(judge: TheoryOnly))).ThenFails<NotAllowed>();

    [Fact]
    public void A_recused_judge_cannot_submit() =>
        SheetSpec().Given(Awarded(7)).When(Submit(Context(entry: EntryOf(NorthGrid)))).ThenFails<NotAllowed>();

    [Fact]
    public void A_sheet_can_be_submitted_after_its_stage_closed() =>
        SheetSpec().Given(Awarded(7))
            .When(Submit(Context(contest: OpenPractical.With(new StageClosed(Contest, Electrician, Practical, Now)))))
            .Then(Submitted);

    [Fact]
    public void The_chief_judge_reopens_a_submitted_sheet_with_a_reason() =>
        SheetSpec().Given(Awarded(7), Submitted).When(Reopen(Chief)).Then(Reopened(Chief));

    [Fact]
    public void The_organizer_reopens_a_submitted_sheet() =>
        SheetSpec().Given(Awarded(7), Submitted).When(Reopen(Contest, byOrganizer: true)).Then(Reopened(Contest));

    [Theory]
    [InlineData("00000000-0000-0000-0000-00000000d001")]
    [InlineData("00000000-0000-0000-0000-00000000d002")]
    [InlineData("00000000-0000-0000-0000-0000000000ff")]
    public void A_judge_who_is_not_chief_cannot_reopen(string by) =>
        SheetSpec().Given(Awarded(7), Submitted).When(Reopen(Guid.Parse(by))).ThenFails<NotAllowed>("chief judge");

    [Fact]
    public void A_chief_judge_of_another_category_cannot_reopen()
    {
        var otherChief = Guid.NewGuid();
        var contest = OpenPractical.With(WelderAdded, new JudgeAppointed(Contest, otherChief, "W", EastWorks, [Welder], [], true, "h", Now));
        SheetSpec().Given(Awarded(7), Submitted).When(new ReopenSheet(Context(contest: contest), "recount", otherChief, false, Now))
            .ThenFails<NotAllowed>();
    }

    [Fact]
    public void Reopening_needs_a_reason() =>
        SheetSpec().Given(Awarded(7), Submitted).When(Reopen(Chief, reason: " ")).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["reason"]);

    [Fact]
    public void Reopening_an_open_sheet_decides_nothing() =>
        SheetSpec().Given(Awarded(7)).When(Reopen(Chief)).ThenNothing();

    [Fact]
    public void Reopening_a_sheet_never_marked_is_refused() =>
        SheetSpec().When(Reopen(Chief)).ThenFails<RuleViolation>("not been submitted");

    [Fact]
    public void Reopening_for_an_unknown_entry_is_not_found() =>
        SheetSpec().When(new ReopenSheet(Context(entry: EntryDecider.Initial), "x", Chief, false, Now)).ThenFails<NotFound>();

    [Fact]
    public void Status_follows_submit_and_reopen()
    {
        var submitted = new object[] { Awarded(7), Submitted }.Aggregate(SheetDecider.Initial, SheetDecider.Evolve);
        submitted.Status.ShouldBe("submitted");
        submitted.Marks[Wiring].ShouldBe(7);
        var reopened = SheetDecider.Evolve(submitted, Reopened(Chief));
        reopened.Status.ShouldBe("open");
        reopened.Marks[Wiring].ShouldBe(7);
    }
}
