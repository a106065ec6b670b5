using Competition.Api.Plumbing;
using Competition.Projections.Contests;
using Competition.Projections.Judging;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Reads;

public static class GetJudgeMeEndpoint
{
    /// The judge is known the moment they are appointed (the token is written inline); their sheets are read from
    /// the sheet streams, so a tablet reloading after a mark sees it.
    [WolverineGet("/api/judge/me")]
    public static async Task<IResult> Handle(HttpContext http, IQuerySession session, AuthFailures failures, AdminKey adminKey, CancellationToken ct)
    {
        if (Tokens.BearerHash(http) is not { } hash)
            return TypedResults.Problem(statusCode: 401, title: "Judge token needed", detail: "Send the judge's token as 'Authorization: Bearer <token>'.");
        // A valid token of another role is not a failed sign-in: 403, and never counted against the address.
        if (Tokens.SameHash(hash, adminKey.Hash) || await session.LoadAsync<IssuedToken>(hash, ct) is { JudgeId: null })
        {
            failures.Proven(http);
            return TypedResults.Problem(statusCode: 403, title: "Not a judge's token",
                detail: "This is an organizer's or the admin's token; sign in on the tablet with the judge's own token.");
        }
        if (await session.JudgeByTokenHashAsync(hash, ct) is not { } me)
            return TypedResults.Problem(statusCode: 401, title: "Unknown judge token", detail: "No judge has this token.");
        failures.Proven(http);
        return TypedResults.Ok(me);
    }
}
