using System.Collections.Immutable;
using Competition.Domain.Contests;
using static Competition.Domain.Guard;

namespace Competition.Domain.Awards;

public static partial class AwardsDecider
{
    public const int DefaultReviewTop = 10;
    public const decimal DefaultReviewShare = 0.15m, DefaultReviewThreshold = 0.05m;

    static IReadOnlyList<object> Draw(DrawReview c, AwardsState state)
    {
        Invalid(c.Top is < 0 or > 1000, "top", "top must be a whole number from 0 to 1000");
        Invalid(c.Share is < 0 or > 1, "share", "share is a fraction of the other entries, from 0 to 1 (0.15 for 15%)");
        Invalid(c.Threshold is < 0 or > 1, "threshold", "threshold is a fraction of the re-marked criteria, from 0 to 1 (0.05 for 5%)");
        Conflict(!c.AllStagesClosed, "Close every stage of the category before drawing its review");
        Conflict(state is not AwardsState.None, $"The review is drawn before awards are proposed; this category's awards are {state.Status}");
        Conflict(state.Review is { Status: "drawn" }, $"A review of this category is being re-marked ({state.Review?.Remaining} criteria to go)");
        var top = c.Ranking.Take(c.Top).Select(r => r.EntryId).ToList();
        var others = c.Ranking.Skip(c.Top).Select(r => r.EntryId).ToList();
        // Rounded up: "at least 15% of the rest" is checked.
        var count = (int)Math.Ceiling(c.Share * others.Count);
        var drawn = LotDrawing.Draw(c.Seed, others).OrderBy(b => b.Bib).Take(count).Select(b => b.EntryId);
        List<Guid> entries = [.. top, .. drawn];
        var sampled = entries.ToHashSet();
        var items = c.Marks.Where(m => sampled.Contains(m.EntryId))
            .OrderBy(m => entries.IndexOf(m.EntryId)).ThenBy(m => m.StageId).ThenBy(m => m.JudgeId).ThenBy(m => m.CriterionId).ToList();
        Conflict(items.Count == 0, "The sample has no marks to re-check");
        return [new ReviewDrawn(c.AwardsId, c.ContestId, c.CategoryId, c.ReviewId, c.Seed, c.Top, c.Share, c.Threshold, entries, items, c.Now)];
    }

    static IReadOnlyList<object> Record(RecordReviewMark c, AwardsState state)
    {
        var review = state.Review is { Status: "drawn" } r ? r : throw new RuleViolation("No review of this category is being re-marked");
        var key = new ReviewKey(c.EntryId, c.StageId, c.JudgeId, c.CriterionId);
        var item = review.Drawn.Items.FirstOrDefault(i => ReviewKey.Of(i) == key)
            ?? throw new NotFound("This criterion of this sheet is not in the review sample");
        Invalid(decimal.Round(c.Points, 2) != c.Points, "points", "Points have at most 2 decimals");
        Invalid(c.Points < 0 || c.Points > c.MaxPoints, "points", $"Points must be between 0 and {c.MaxPoints}");
        if (review.Recorded.TryGetValue(key, out var before) && before == c.Points) return [];
        var recorded = new ReviewMarkRecorded(c.AwardsId, c.ContestId, c.CategoryId, review.Drawn.ReviewId, c.EntryId, c.StageId, c.JudgeId,
            c.CriterionId, c.Points, c.By, c.Now);
        var after = review.Recorded.SetItem(key, c.Points);
        if (after.Count < review.Drawn.Items.Count) return [recorded];
        var differing = review.Drawn.Items.Count(i => after[ReviewKey.Of(i)] != i.Original);
        var rate = Math.Round((decimal)differing / review.Drawn.Items.Count, 4, MidpointRounding.AwayFromZero);
        // Over the threshold, not at it: exactly 5% passes.
        return [recorded, new ReviewFinished(c.AwardsId, c.ContestId, c.CategoryId, review.Drawn.ReviewId, review.Drawn.Items.Count, differing,
            rate, (decimal)differing / review.Drawn.Items.Count > review.Drawn.Threshold, c.Now)];
    }

    static void RequireNoReviewHolding(AwardsState state)
    {
        if (state.Review is not { HoldsAwards: true } review) return;
        throw review.Finished is { } failed
            ? new RuleViolation($"The review (复核) found {failed.Differing} of {failed.Compared} re-marked criteria different ({failed.Rate:P1}, over " +
                $"{review.Drawn.Threshold:P0}): the whole category must be re-marked. Its sheets are reopened; open its stages, re-mark, close them and draw a new review")
            : new RuleViolation($"The review (复核) of this category is not finished: {review.Remaining} of {review.Drawn.Items.Count} criteria still to re-mark");
    }

    static ReviewState? Evolve(ReviewState? review, object @event) => (review, @event) switch
    {
        (_, ReviewDrawn e) => new ReviewState(e, ImmutableDictionary<ReviewKey, decimal>.Empty),
        ({ } r, ReviewMarkRecorded e) when e.ReviewId == r.Drawn.ReviewId =>
            r with { Recorded = r.Recorded.SetItem(new ReviewKey(e.EntryId, e.StageId, e.JudgeId, e.CriterionId), e.Points) },
        ({ } r, ReviewFinished e) when e.ReviewId == r.Drawn.ReviewId => r with { Finished = e },
        ({ } r, ReviewCancelled e) when e.ReviewId == r.Drawn.ReviewId => r with { Cancelled = true },
        _ => review,
    };
}
