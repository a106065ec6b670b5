using Competition.Api.Judging;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Projections.Contests;
using Marten;
using Wolverine;
using Wolverine.Http;

namespace Competition.Api.Awards;

/// <summary>One criterion of one judge's sheet to re-mark: <c>points</c> once re-marked; <c>original</c> only once the
/// review is finished, so the chief judge re-marks from the paper sheet, not from the screen.</summary>
public sealed record ReviewItemView(
    Guid EntryId, int? Bib, Guid StageId, Guid JudgeId, string JudgeName, Guid CriterionId, decimal MaxPoints, decimal? Points, decimal? Original);

public sealed record ReviewView(
    Guid ContestId, Guid CategoryId, string Status, Guid? ReviewId, string? Seed, int? Top, decimal? Share, decimal? Threshold,
    IReadOnlyList<Guid> Entries, IReadOnlyList<ReviewItemView> Items, int Remaining, int? Compared, int? Differing, decimal? Rate);

public static class ReviewEndpoints
{
    const string Review = "/api/contests/{cid:guid}/categories/{catId:guid}/review";

    [WolverinePost(Review + "/draw")]
    public static async Task<ReviewView> Draw(
        Guid cid, Guid catId, HttpContext http, Access access, IMessageBus bus, IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var body = await OptionalJsonBody.ReadAsync(http.Request, ct);
        var check = new RequestCheck();
        var top = OptionalJsonBody.Number(body, "top");
        check.Rule(top is null || (top == decimal.Truncate(top.Value) && top is >= 0 and <= 1000), "top", "top must be a whole number from 0 to 1000");
        check.ThrowIfInvalid();
        var written = await bus.InvokeAsync<Written>(new DrawCategoryReview(cid, catId, OptionalJsonBody.Seed(body), (int?)top,
            OptionalJsonBody.Number(body, "share"), OptionalJsonBody.Number(body, "threshold"), clock.GetUtcNow()), ct);
        await WriteAnswers.AnswerAsync(http, written, ct);
        return await ViewAsync(session, cid, catId, ct);
    }

    [WolverineGet(Review)]
    public static async Task<ReviewView> Get(Guid cid, Guid catId, HttpContext http, Access access, IQuerySession session, CancellationToken ct)
    {
        await ChiefOrOrganizerAsync(http, access, cid, catId, ct);
        http.Response.Headers.CacheControl = "private, no-store";
        return await ViewAsync(session, cid, catId, ct);
    }

    [WolverinePut(Review + "/entries/{eid:guid}/stages/{sid:guid}/judges/{jid:guid}/marks/{crid:guid}")]
    public static async Task<ReviewView> Remark(
        Guid cid, Guid catId, Guid eid, Guid sid, Guid jid, Guid crid, MarkRequest? request, HttpContext http, Access access, IMessageBus bus,
        IQuerySession session, TimeProvider clock, CancellationToken ct)
    {
        var by = await ChiefOrOrganizerAsync(http, access, cid, catId, ct);
        var check = new RequestCheck();
        var points = check.Points(RequestCheck.Body(request).Points, "points");
        check.ThrowIfInvalid();
        var written = await bus.InvokeAsync<Written>(new RecordCategoryReviewMark(cid, catId, eid, sid, jid, crid, points, by, clock.GetUtcNow()), ct);
        await WriteAnswers.AnswerAsync(http, written, ct);
        return await ViewAsync(session, cid, catId, ct);
    }

    /// The chief judge's id, or null for the organizer; anyone else is refused.
    static async Task<Guid?> ChiefOrOrganizerAsync(HttpContext http, Access access, Guid cid, Guid catId, CancellationToken ct)
    {
        var (contest, judgeId) = await access.OrganizerOrJudgeAsync(http, cid, ct);
        Access.RequireChiefOf(contest, judgeId, catId, "Only the organizer and the category's chief judges run its review (复核)");
        return judgeId;
    }

    static async Task<ReviewView> ViewAsync(IQuerySession session, Guid cid, Guid catId, CancellationToken ct)
    {
        var contest = await session.ContestAsync(cid, ct) ?? throw new Domain.NotFound("Contest not found");
        var category = contest.Category(catId) ?? throw new Domain.NotFound("Category not found in this contest");
        var (state, _) = await Decisions.LoadAsync(session, Deciders.Awards, StreamIds.Awards(catId), ct);
        if (state.Review is not { } review) return new(cid, catId, "none", null, null, null, null, null, [], [], 0, null, null, null);
        var bibs = category.Entries.ToDictionary(e => e.Id, e => e.Bib);
        var max = category.Stages.SelectMany(s => s.Criteria).ToDictionary(c => c.Id, c => c.MaxPoints);
        var judges = contest.Judges.ToDictionary(j => j.Id, j => j.Name);
        var finished = review.Finished is not null;
        var d = review.Drawn;
        return new(cid, catId, review.Status, d.ReviewId, d.Seed, d.Top, d.Share, d.Threshold, d.Entries,
            [.. d.Items.Select(i => new ReviewItemView(i.EntryId, bibs.GetValueOrDefault(i.EntryId), i.StageId, i.JudgeId, judges.GetValueOrDefault(i.JudgeId, ""), i.CriterionId,
                max.GetValueOrDefault(i.CriterionId), review.Recorded.TryGetValue(ReviewKey.Of(i), out var p) ? p : null, finished ? i.Original : null))],
            review.Remaining, review.Finished?.Compared, review.Finished?.Differing, review.Finished?.Rate);
    }
}
