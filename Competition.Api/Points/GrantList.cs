using Competition.Api.Plumbing;
using Competition.Domain.Points;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Points;

/// <summary>A grant as the organizer's list shows it (beyond the contract), newest first.</summary>
public sealed record GrantLine(
    Guid Id, Guid EntryId, string ReasonCode, decimal Points, int Quantity, DateOnly OccurredOn, string? Note, DateTimeOffset At, bool Revoked);

public static class GrantListEndpoint
{
    /// The organizer's list of a category's grants, read from the log (a grant just written is in it), so any of them can
    /// be revoked from any browser.
    [WolverineGet("/api/contests/{cid:guid}/categories/{catId:guid}/points")]
    public static async Task<IReadOnlyList<GrantLine>> Handle(Guid cid, Guid catId, HttpContext http, Access access, IQuerySession session, CancellationToken ct)
    {
        var contest = (await access.OrganizerAsync(http, cid, ct)).Active;
        if (contest.Category(catId) is null) throw new Domain.NotFound("Category not found in this contest");
        var (granted, revoked) = await PointsRanking.GrantsAsync(session, cid, catId, ct);
        http.Response.Headers.CacheControl = "private, no-store";
        return [.. granted.AsEnumerable().Reverse().Select(g =>
            new GrantLine(g.GrantId, g.EntryId, g.ReasonCode, g.Points * g.Quantity, g.Quantity, g.OccurredOn, g.Note, g.At, revoked.Contains(g.GrantId)))];
    }
}
