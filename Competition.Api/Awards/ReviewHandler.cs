using System.Security.Cryptography;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Sheets;
using Marten;
using NotFound = Competition.Domain.NotFound;

namespace Competition.Api.Awards;

public sealed record DrawCategoryReview(Guid ContestId, Guid CategoryId, string? Seed, int? Top, decimal? Share, decimal? Threshold, DateTimeOffset Now);

/// <summary><paramref name="By"/> is the chief judge's id, or null for the organizer.</summary>
public sealed record RecordCategoryReviewMark(
    Guid ContestId, Guid CategoryId, Guid EntryId, Guid StageId, Guid JudgeId, Guid CriterionId, decimal Points, Guid? By, DateTimeOffset Now);

/// The review (复核) of a category: its sample drawn on the final ranking, and its re-marks. When the last re-mark finds the
/// category must be re-marked, every submitted sheet of it is reopened in the same transaction.
public static class ReviewHandler
{
    public static async Task<Written> Handle(DrawCategoryReview c, IDocumentSession session, ContestSnapshots contests, FinalRanking ranking, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var category = snapshot.Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var sheets = await ranking.SheetsAsync(session, snapshot.Active, category, ct);
        var draw = new DrawReview(c.ContestId, c.CategoryId, Guid.CreateVersion7(),
            c.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
            c.Top ?? AwardsDecider.DefaultReviewTop, c.Share ?? AwardsDecider.DefaultReviewShare, c.Threshold ?? AwardsDecider.DefaultReviewThreshold,
            FinalRanking.Rank(category, sheets), [.. sheets.Marks.Select(m => new ReviewItem(m.EntryId, m.StageId, m.JudgeId, m.CriterionId, m.Points))],
            category.AllStagesClosed, c.Now);
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Awards, draw.AwardsId, ct);
        var events = Deciders.Awards.Decide(draw, state);
        return await StreamAppender.WriteAsync(session, new StreamWrite(draw.AwardsId, Deciders.Awards.StreamType, version, events)
        {
            DecidedOn = [new(c.ContestId, snapshot.Version)],
        }, null, ct);
    }

    public static async Task<Written> Handle(
        RecordCategoryReviewMark c, IDocumentSession session, ContestSnapshots contests, FinalRanking ranking, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var category = snapshot.Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var criterion = category.Stages.FirstOrDefault(s => s.Id == c.StageId)?.Criterion(c.CriterionId)
            ?? throw new NotFound("This criterion of this sheet is not in the review sample");
        var by = c.By ?? c.ContestId;
        var record = new RecordReviewMark(c.ContestId, c.CategoryId, c.EntryId, c.StageId, c.JudgeId, c.CriterionId, c.Points, criterion.MaxPoints, by, c.Now);
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Awards, record.AwardsId, ct);
        var events = Deciders.Awards.Decide(record, state);
        List<StreamWrite> writes = [new(record.AwardsId, Deciders.Awards.StreamType, version, events) { DecidedOn = [new(c.ContestId, snapshot.Version)] }];
        if (events.OfType<ReviewFinished>().SingleOrDefault() is { RemarkRequired: true } failed)
            writes.AddRange(await ReopenEverySheetAsync(session, snapshot, category, ranking, failed, by, c.By is null, c.Now, ct));
        return await StreamAppender.WriteAsync(session, writes, null, ct);
    }

    /// Each submitted sheet of the category, reopened by the sheets' own decider; asserted at the versions read.
    static async Task<IEnumerable<StreamWrite>> ReopenEverySheetAsync(
        IDocumentSession session, ContestSnapshot snapshot, CategoryState category, FinalRanking ranking, ReviewFinished failed, Guid by,
        bool byOrganizer, DateTimeOffset now, CancellationToken ct)
    {
        var sheets = await ranking.SheetsAsync(session, snapshot.Active, category, ct);
        var entries = sheets.Ranked.ToDictionary(e => e.State.Id);
        var reason = $"复核 review: {failed.Differing} of {failed.Compared} re-marked criteria differed ({failed.Rate:P1}); the category is re-marked";
        return sheets.Sheets.Where(s => s.State is SheetState.Submitted).Select(s =>
        {
            var context = SheetContext.From(snapshot.State, entries[s.EntryId].State, s.JudgeId, s.StageId);
            var reopened = Deciders.Sheet.Decide(new ReopenSheet(context, reason, by, byOrganizer, now), s.State);
            return new StreamWrite(s.SheetId, Deciders.Sheet.StreamType, s.Version, reopened)
            {
                DecidedOn = [new(entries[s.EntryId].State.Id, entries[s.EntryId].Version)],
            };
        }).ToList();
    }
}
