using Competition.Api.Reads;

// In ASP.NET's own namespace (implicitly imported by the Web SDK), like MapHub and MapGet.
namespace Microsoft.AspNetCore.Builder;

/// <summary>The public read side of API.md: contest, leaderboard, awards, and the judge's own view.</summary>
public static class ResultsEndpoints
{
    public static IEndpointRouteBuilder MapResultsEndpoints(this IEndpointRouteBuilder app)
    {
        var contest = app.MapGroup("/api/contests/{cid}").WithTags("Results");
        contest.MapGet("", GetContestEndpoint.Handle);
        contest.MapGet("/categories/{catId}/leaderboard", GetLeaderboardEndpoint.Handle);
        contest.MapGet("/categories/{catId}/awards", GetAwardsEndpoint.Handle);
        app.MapGet("/api/judge/me", GetJudgeMeEndpoint.Handle).WithTags("Judging");
        return app;
    }
}
