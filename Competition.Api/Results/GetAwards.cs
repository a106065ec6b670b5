using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;

namespace Competition.Api.Reads;

public static class GetAwardsEndpoint
{
    public static async Task<Results<Ok<AwardsView>, ProblemHttpResult>> Handle(
        string cid, string catId, ReadModelDb db, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId)) return NotFound.Contest(cid);
        if (!Guid.TryParse(catId, out var categoryId)) return NotFound.Category(cid, catId);
        return await db.AwardsAsync(contestId, categoryId, ct) is { } awards
            ? TypedResults.Ok(awards)
            : await GetLeaderboardEndpoint.UnknownAsync(db, contestId, cid, catId, ct);
    }
}
