using Competition.Api.Plumbing;
using Competition.Projections.Judging;
using Competition.Projections.Plumbing;

namespace Competition.Api.Reads;

public static class GetJudgeMeEndpoint
{
    public static async Task<Results<Ok<JudgeMe>, ProblemHttpResult>> Handle(HttpRequest request, ReadModelDb db, CancellationToken ct)
    {
        if (Tokens.FromRequest(request) is not { } token)
            return TypedResults.Problem(statusCode: 401, title: "Judge token needed", detail: "Send the judge's token as 'Authorization: Bearer <token>'.");
        return await db.JudgeByTokenHashAsync(Tokens.Hash(token), ct) is { } me
            ? TypedResults.Ok(me)
            : TypedResults.Problem(statusCode: 401, title: "Unknown judge token", detail: "No judge has this token.");
    }
}
