using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;

namespace Competition.Api.Reads;

public static class GetLeaderboardEndpoint
{
    public static async Task<Results<Ok<LeaderboardView>, ProblemHttpResult>> Handle(
        string cid, string catId, ReadModelDb db, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return NotFound.Category(cid, catId);
        return await db.LeaderboardAsync(contestId, categoryId, ct) is { } board
            ? TypedResults.Ok(board)
            : await UnknownAsync(db, contestId, cid, catId, ct);
    }

    /// <summary>Tells an unknown contest from an unknown category of a known one.</summary>
    internal static async Task<ProblemHttpResult> UnknownAsync(ReadModelDb db, Guid contestId, string cid, string catId, CancellationToken ct) =>
        await db.ContestAsync(contestId, ct) is null
            ? NotFound.Contest(cid)
            : NotFound.Category(cid, catId);
}
