using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Projections.Contests;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Contests;

/// <summary>One entry's work code on a blind stage, with what the organizer relabels the work by.</summary>
public sealed record WorkCodeLabel(string WorkCode, Guid EntryId, int? Bib, string Name, string Organization);

/// <summary><c>seed</c> is shown once the codes are opened, for anyone to re-check them; before, it is the secret.</summary>
public sealed record WorkCodeLabels(
    Guid ContestId, Guid CategoryId, string CategoryName, Guid StageId, string StageName, bool Opened, string? Seed,
    IReadOnlyList<WorkCodeLabel> Labels);

public static class WorkCodeLabelsEndpoint
{
    /// The organizer's list to print the code labels from (and to seal in the envelope), by bib.
    [WolverineGet("/api/contests/{cid:guid}/stages/{sid:guid}/work-codes")]
    public static async Task<WorkCodeLabels> Handle(
        Guid cid, Guid sid, HttpContext http, Access access, IQuerySession session, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        http.Response.Headers.CacheControl = "private, no-store";
        var contest = await session.ContestAsync(cid, ct) ?? throw new Domain.NotFound("Contest not found");
        var category = contest.Categories.Find(c => c.Stages.Any(s => s.Id == sid)) ?? throw new Domain.NotFound("Stage not found in this contest");
        var stage = category.Stages.Single(s => s.Id == sid);
        if (!stage.Blind) throw new Domain.NotFound($"Stage {stage.Name} is not blind: its judges mark bibs, and it has no work codes");
        var codes = await session.LoadAsync<StageWorkCodes>(sid, ct)
            ?? throw new RuleViolation($"Lots of category {category.Name} have not been drawn yet; the work codes are drawn with them");
        var entries = category.Entries.ToDictionary(e => e.Id);
        var labels = codes.Codes
            .Select(c => entries.GetValueOrDefault(c.EntryId) is { } e
                ? new WorkCodeLabel(c.Code, c.EntryId, e.Bib, e.Name, e.Organization)
                : new WorkCodeLabel(c.Code, c.EntryId, null, "", ""))
            .OrderBy(l => l.Bib).ThenBy(l => l.WorkCode, StringComparer.Ordinal).ToList();
        return new(cid, category.Id, category.Name, sid, stage.Name, codes.Opened, codes.Opened ? codes.Seed : null, labels);
    }
}
