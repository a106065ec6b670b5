using Competition.Api.Plumbing;
using Competition.Projections.Judging;
using Competition.Projections.Plumbing;

namespace Competition.Api.Reads;

public static class GetJudgeMeEndpoint
{
    public static async Task<Results<Ok<JudgeMe>, ProblemHttpResult>> Handle(
        HttpRequest request, ReadModelDb db, AuthFailures failures, CancellationToken ct)
    {
        if (Tokens.FromRequest(request) is not { } token)
            return TypedResults.Problem(statusCode: 401, title: "Judge token needed", detail: "Send the judge's token as 'Authorization: Bearer <token>'.");
        if (await db.JudgeByTokenHashAsync(Tokens.Hash(token), ct) is not { } me)
            return TypedResults.Problem(statusCode: 401, title: "Unknown judge token", detail: "No judge has this token.");
        failures.Proven(token);
        return TypedResults.Ok(me);
    }
}
