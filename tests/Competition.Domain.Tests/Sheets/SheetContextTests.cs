using static Competition.Domain.Tests.Sheets.SheetWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Sheets;

public class SheetContextTests
{
    [Fact]
    public void A_panel_judge_marking_a_drawn_entry_of_another_organization_has_everything_it_needs()
    {
        var context = Context();
        context.ShouldSatisfyAllConditions(
            () => (context.ContestId, context.CategoryId, context.StageId, context.EntryId, context.JudgeId)
                .ShouldBe((Contest, Electrician, Practical, Entry, JudgeA)),
            () => (context.ContestFound, context.StageFound, context.JudgeFound, context.EntryFound).ShouldBe((true, true, true, true)),
            () => (context.StageOpen, context.OnPanel, context.Recused, context.EntryApprovedAndDrawn).ShouldBe((true, true, false, true)),
            () => context.Criteria.Select(c => (c.Id, c.Kind, c.MaxPoints))
                .ShouldBe([(Wiring, CriterionKind.Judgement, 10m), (Safety, CriterionKind.Deduction, 5m)]),
            () => context.ChiefJudgeIds.ShouldBe([Chief]),
            () => context.SheetId.ShouldBe(StreamIds.Sheet(JudgeA, Entry, Practical)));
    }

    [Fact]
    public void A_judge_of_the_entrys_organization_is_recused() =>
        Context(entry: EntryOf(NorthGrid)).Recused.ShouldBeTrue();

    [Fact]
    public void A_judge_only_on_the_theory_panel_is_not_on_the_practical_panel() =>
        Context(judge: TheoryOnly).OnPanel.ShouldBeFalse();

    [Fact]
    public void A_stage_not_yet_opened_is_not_open() =>
        Context(stage: Theory).StageOpen.ShouldBeFalse();

    [Fact]
    public void Unknown_things_are_reported_as_not_found()
    {
        Context(judge: Guid.NewGuid()).JudgeFound.ShouldBeFalse();
        Context(stage: Guid.NewGuid()).StageFound.ShouldBeFalse();
        Context(entry: EntryDecider.Initial).EntryFound.ShouldBeFalse();
        Context(entry: EntryOf(category: Welder)).EntryFound.ShouldBeFalse();
        SheetContext.From(ContestDecider.Initial, EntryOf(), JudgeA, Practical).ContestFound.ShouldBeFalse();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void An_entry_not_approved_or_without_a_bib_cannot_be_marked(bool approved, bool drawn) =>
        Context(entry: EntryOf(approved: approved, drawn: drawn)).EntryApprovedAndDrawn.ShouldBeFalse();
}
