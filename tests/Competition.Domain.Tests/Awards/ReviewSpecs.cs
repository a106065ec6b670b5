using static Competition.Domain.Tests.Awards.AwardsWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

/// 复核: the first N ranked entries and a share of the others, drawn from a recorded seed; every criterion of their
/// sheets re-marked by the chief judge; over the threshold (not at it) the category must be re-marked.
public class ReviewSpecs
{
    static readonly Guid ReviewId = Guid.Parse("7e000000-0000-0000-0000-000000000001");
    static Guid Entry(int n) => Guid.Parse($"e0000000-0000-0000-0000-{n:D12}");

    /// Thirty ranked entries, each with one mark of judge A on Wiring (10 − rank / 10).
    static readonly RankedRow[] Thirty = [.. Enumerable.Range(1, 30).Select(i => new RankedRow(i, Entry(i), 100 - i, new Dictionary<Guid, decimal>()))];
    static readonly ReviewItem[] Marks = [.. Thirty.Select(r => new ReviewItem(r.EntryId, Practical, JudgeA, Wiring, 10 - r.Rank / 10m))];

    static DrawReview Draw(string seed = "复核 2026", int top = 10, decimal share = 0.15m, decimal threshold = 0.05m, bool closed = true,
        IReadOnlyList<ReviewItem>? marks = null) =>
        new(Contest, Electrician, ReviewId, seed, top, share, threshold, Thirty, marks ?? Marks, closed, Now);

    static ReviewDrawn Drawn(string seed = "复核 2026", int top = 10, decimal share = 0.15m) =>
        (ReviewDrawn)AwardsSpec().When(Draw(seed, top, share)).Events!.Single();

    [Fact]
    public void The_sample_is_the_top_ten_and_15_percent_of_the_rest_rounded_up_drawn_from_the_seed()
    {
        var drawn = Drawn();
        drawn.Entries.Take(10).ShouldBe(Thirty.Take(10).Select(r => r.EntryId));
        // 15% of the other 20 is exactly 3; the three are the first the seed draws among them.
        var expected = Domain.Contests.LotDrawing.Draw("复核 2026", Thirty.Skip(10).Select(r => r.EntryId)).OrderBy(b => b.Bib).Take(3).Select(b => b.EntryId);
        drawn.Entries.Skip(10).ShouldBe(expected);
        drawn.Items.Count.ShouldBe(13);
        (drawn.Seed, drawn.Top, drawn.Share, drawn.Threshold).ShouldBe(("复核 2026", 10, 0.15m, 0.05m));
        Drawn().ShouldBeEquivalentTo(drawn); // the same seed draws the same sample
        Drawn(seed: "another").Entries.Skip(10).ShouldNotBe(drawn.Entries.Skip(10));
        // 10% of 21 is 2.1: three, since "at least" the share is checked.
        Drawn(top: 9, share: 0.1m).Entries.Count.ShouldBe(9 + 3);
    }

    [Fact]
    public void Drawing_needs_every_stage_closed_no_proposal_and_no_review_being_re_marked()
    {
        AwardsSpec().When(Draw(closed: false)).ThenFails<RuleViolation>("Close every stage");
        AwardsSpec().Given(Proposed).When(Draw()).ThenFails<RuleViolation>("before awards are proposed");
        AwardsSpec().Given(Drawn()).When(Draw()).ThenFails<RuleViolation>("being re-marked");
        AwardsSpec().When(Draw(share: 1.5m)).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["share"]);
        AwardsSpec().When(Draw(marks: [])).ThenFails<RuleViolation>("no marks");
    }

    static RecordReviewMark Remark(ReviewItem item, decimal points) =>
        new(Contest, Electrician, item.EntryId, item.StageId, item.JudgeId, item.CriterionId, points, 10, Chief, Now);

    /// Twenty items, of which <paramref name="differing"/> re-marked differently from the original.
    static IReadOnlyList<object> RemarkAll(int differing, out ReviewDrawn drawn)
    {
        drawn = Drawn(top: 20, share: 0);
        var spec = AwardsSpec();
        object[] history = [drawn];
        IReadOnlyList<object> last = [];
        for (var i = 0; i < drawn.Items.Count; i++)
        {
            var item = drawn.Items[i];
            last = spec.Given(history).When(Remark(item, i < differing ? item.Original - 1 : item.Original)).Events!;
            history = [.. history, .. last];
        }
        return history;
    }

    [Fact]
    public void Exactly_5_percent_different_passes_and_one_more_calls_for_a_re_mark()
    {
        var passed = RemarkAll(1, out var drawn); // 1 of 20 = 5%
        var finished = passed.OfType<ReviewFinished>().Single();
        (finished.Compared, finished.Differing, finished.Rate, finished.RemarkRequired).ShouldBe((20, 1, 0.05m, false));
        AwardsSpec().Given([.. passed]).When(Propose()).Events!.Single().ShouldBeOfType<AwardsProposed>();

        var failed = RemarkAll(2, out _).OfType<ReviewFinished>().Single();
        (failed.Differing, failed.Rate, failed.RemarkRequired).ShouldBe((2, 0.1m, true));
        AwardsSpec().Given([.. RemarkAll(2, out _)]).When(Propose()).ThenFails<RuleViolation>("must be re-marked");
    }

    [Fact]
    public void Awards_cannot_be_proposed_while_the_review_is_being_re_marked()
    {
        var drawn = Drawn();
        AwardsSpec().Given(drawn).When(Propose()).ThenFails<RuleViolation>("13 of 13 criteria still to re-mark");
        var one = new ReviewMarkRecorded(AwardsId, Contest, Electrician, ReviewId, drawn.Items[0].EntryId, Practical, JudgeA, Wiring, 1, Chief, Now);
        AwardsSpec().Given(drawn, one).When(Propose()).ThenFails<RuleViolation>("12 of 13");
    }

    [Fact]
    public void A_re_mark_must_be_of_an_item_in_the_sample_within_the_criterion_and_the_same_value_again_writes_nothing()
    {
        var drawn = Drawn();
        var item = drawn.Items[0];
        var outside = Marks.First(m => !drawn.Entries.Contains(m.EntryId));
        AwardsSpec().Given(drawn).When(Remark(outside, 5)).ThenFails<NotFound>("not in the review sample");
        AwardsSpec().Given(drawn).When(Remark(item, 11)).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["points"]);
        AwardsSpec().Given(drawn).When(Remark(item, 7.125m)).ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["points"]);
        var recorded = new ReviewMarkRecorded(AwardsId, Contest, Electrician, ReviewId, item.EntryId, Practical, JudgeA, Wiring, 7, Chief, Now);
        AwardsSpec().Given(drawn).When(Remark(item, 7)).Then(recorded);
        AwardsSpec().Given(drawn, recorded).When(Remark(item, 7)).ThenNothing();
        AwardsSpec().When(Remark(item, 7)).ThenFails<RuleViolation>("No review");
    }

    [Fact]
    public void A_stage_opened_again_cancels_a_review_that_holds_the_awards_once()
    {
        var drawn = Drawn();
        var trigger = Guid.Parse("7e000000-0000-0000-0000-0000000000ff");
        var change = new ReactToCategoryChange(Contest, Electrician, trigger, "A stage of the category was opened again", null, Now);
        var cancelled = new ReviewCancelled(AwardsId, Contest, Electrician, ReviewId, change.Reason, trigger, Now);
        AwardsSpec().Given(drawn).When(change).Then(cancelled);
        AwardsSpec().Given(drawn, cancelled).When(change).ThenNothing();
        AwardsSpec().Given(drawn, cancelled).When(Propose()).Events!.Single().ShouldBeOfType<AwardsProposed>();
        AwardsSpec().Given([.. RemarkAll(1, out _)]).When(change).ThenNothing(); // a passed review stands
    }
}
