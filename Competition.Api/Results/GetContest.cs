using Competition.Projections.Contests;
using Competition.Projections.Plumbing;

namespace Competition.Api.Reads;

public static class GetContestEndpoint
{
    public static async Task<Results<Ok<ContestView>, ProblemHttpResult>> Handle(string cid, ReadModelDb db, CancellationToken ct) =>
        Guid.TryParse(cid, out var contestId) && await db.ContestAsync(contestId, ct) is { } contest
            ? TypedResults.Ok(contest)
            : NotFound.Contest(cid);
}
