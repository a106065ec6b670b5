using Competition.Api.Awards;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Judging;

/// <summary>An entry of the category by bib (never by name: a chief judge is a judge) with its sheets, and how many of
/// them are submitted out of how many it can have.</summary>
public sealed record EntrySheets(Guid EntryId, int? Bib, int Submitted, int Total, IReadOnlyList<EntrySheet> Sheets);

public static class CategorySheetsEndpoint
{
    /// Every drawn entry's sheets in one answer, for the chief judge's tablet to list the category's progress without a
    /// request per entry; the same rules as an entry's sheets (…/entries/{eid}/sheets).
    [WolverineGet("/api/contests/{cid:guid}/categories/{catId:guid}/sheets")]
    public static async Task<IReadOnlyList<EntrySheets>> Handle(
        Guid cid, Guid catId, HttpContext http, Access access, EntryStates entries, IQuerySession session, CancellationToken ct)
    {
        var (snapshot, judgeId) = await access.OrganizerOrJudgeAsync(http, cid, ct);
        var contest = snapshot.Active;
        var category = contest.Category(catId) ?? throw new Domain.NotFound("Category not found in this contest");
        Access.RequireChiefOf(snapshot, judgeId, category.Id, "Only the organizer and the category's chief judges see the category's sheets");
        http.Response.Headers.CacheControl = "private, no-store";
        var drawn = (await entries.OfCategoryAsync(cid, catId, ct)).Select(e => e.State).Where(e => e.IsApprovedAndDrawn)
            .OrderBy(e => e.Bib).ToList();
        var sheets = await FinalRanking.ReadAsync(session, contest, category, [.. drawn.Select(e => e.Id)], ct);
        return [.. drawn.Select(entry =>
        {
            var of = EntrySheet.Of(contest, category, entry.Id, entry.Organization, judgeId is not null, sheets).ToList();
            return new EntrySheets(entry.Id, entry.Bib, of.Count(s => s.Status == "submitted"), of.Count, of);
        })];
    }
}
