using Competition.Api.Plumbing;
using Competition.EventStore;
using Competition.Projections.Contests;
using Competition.Projections.Judging;
using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;

namespace Competition.Api.Reads;

public static class GetJudgeMeEndpoint
{
    // The judge's view is built by these projections; a sign-in right after the appointment waits for them.
    static readonly string[] JudgeViewProjections = [ContestViewProjection.ProjectionName, LeaderboardProjection.ProjectionName];
    static readonly TimeSpan CatchUpTimeout = TimeSpan.FromSeconds(5);

    public static async Task<Results<Ok<JudgeMe>, ProblemHttpResult>> Handle(
        HttpRequest request, ReadModelDb db, TokenIndex tokens, ProjectionDaemon daemon, AuthFailures failures, CancellationToken ct)
    {
        if (Tokens.BearerHash(request.HttpContext) is not { } hash)
            return TypedResults.Problem(statusCode: 401, title: "Judge token needed", detail: "Send the judge's token as 'Authorization: Bearer <token>'.");
        var me = await db.JudgeByTokenHashAsync(hash, ct);
        // A tablet signs in the moment the organizer shows the QR code: an appointment already in the
        // log but not yet in the read model is a judge, not an unknown token (a timeout answers 503).
        if (me is null && await tokens.IssuedAtAsync(hash, ct) is { } appointedAt)
        {
            foreach (var projection in JudgeViewProjections) await daemon.WaitForSequenceAsync(projection, appointedAt, CatchUpTimeout, ct);
            me = await db.JudgeByTokenHashAsync(hash, ct);
        }
        if (me is null)
            return TypedResults.Problem(statusCode: 401, title: "Unknown judge token", detail: "No judge has this token.");
        failures.Proven(request.HttpContext);
        return TypedResults.Ok(me);
    }
}
