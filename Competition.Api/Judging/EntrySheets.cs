using Competition.Api.Awards;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Sheets;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Judging;

/// <summary>One judge's sheet of the entry on one stage: <c>none</c> when the judge has not marked it yet.</summary>
public sealed record EntrySheet(
    Guid StageId, string StageName, Guid JudgeId, string JudgeName, bool Chief, string Status, IReadOnlyDictionary<Guid, decimal> Marks, long Version)
{
    /// Every sheet the entry can have (its category's stages × their panels, less the judges recused from it), in stage
    /// and judge order. A judge (a chief) is not shown a blind stage's sheets while its codes are closed: by entry id,
    /// they would join the work codes to the entry.
    public static IEnumerable<EntrySheet> Of(
        ContestState.Active contest, CategoryState category, Guid entryId, string organization, bool forJudge, IReadOnlyList<SheetOnFile> sheets)
    {
        var byPlace = sheets.Where(s => s.EntryId == entryId).ToDictionary(s => (s.JudgeId, s.StageId));
        return from stage in category.Stages
               where !forJudge || !stage.HidesEntries
               from judge in contest.Panel(stage.Id).OrderBy(j => j.Name, StringComparer.Ordinal)
               where !judge.IsRecusedFrom(organization)
               let sheet = byPlace.GetValueOrDefault((judge.Id, stage.Id))
               select new EntrySheet(stage.Id, stage.Name, judge.Id, judge.Name, judge.Chief, sheet?.State.Status ?? "none",
                   sheet?.State.Marks ?? (IReadOnlyDictionary<Guid, decimal>)new Dictionary<Guid, decimal>(), sheet?.Version ?? 0);
    }
}

public static class EntrySheetsEndpoint
{
    /// Every sheet of an entry, for the organizer or a chief judge of its category to see who has submitted and to
    /// reopen one (POST …/sheets/{judgeId}/reopen).
    [WolverineGet("/api/contests/{cid:guid}/entries/{eid:guid}/sheets")]
    public static async Task<IReadOnlyList<EntrySheet>> Handle(
        Guid cid, Guid eid, HttpContext http, Access access, EntryStates entries, IQuerySession session, CancellationToken ct)
    {
        var (snapshot, judgeId) = await access.OrganizerOrJudgeAsync(http, cid, ct);
        var (entry, _) = await entries.LoadAsync(cid, eid, ct);
        var contest = snapshot.Active;
        var category = contest.Category(entry.CategoryId) ?? throw new Domain.NotFound("Entry not found in this contest");
        Access.RequireChiefOf(snapshot, judgeId, category.Id, "Only the organizer and the category's chief judges see an entry's sheets");
        http.Response.Headers.CacheControl = "private, no-store";
        var sheets = await FinalRanking.ReadAsync(session, contest, category, [eid], ct);
        return [.. EntrySheet.Of(contest, category, eid, entry.Organization, judgeId is not null, sheets)];
    }
}
