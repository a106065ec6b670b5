using Competition.Api.Awards;
using Competition.Api.Contests;
using Competition.Api.Entries;
using Competition.Api.Feed;
using Competition.Api.Judging;

namespace Competition.Api.Plumbing;

/// Every write route of API.md, grouped by module.
public static class WriteEndpoints
{
    public static IEndpointRouteBuilder MapWriteEndpoints(this IEndpointRouteBuilder app)
    {
        var contests = app.MapGroup("/api/contests").WithTags("Contest set-up");
        contests.MapPost("", CreateContestEndpoint.Handle);
        var contest = contests.MapGroup("/{cid:guid}");
        contest.MapPost("/categories", AddCategoryEndpoint.Handle);
        contest.MapPost("/categories/{catId:guid}/stages", AddStageEndpoint.Handle);
        contest.MapPost("/stages/{sid:guid}/criteria", AddCriterionEndpoint.Handle);
        contest.MapPut("/categories/{catId:guid}/award-policy", SetAwardPolicyEndpoint.Handle);
        contest.MapPost("/judges", AppointJudgeEndpoint.Handle);
        contest.MapPost("/registration/open", RegistrationEndpoints.Open);
        contest.MapPost("/registration/close", RegistrationEndpoints.Close);
        contest.MapPost("/categories/{catId:guid}/draw", DrawLotsEndpoint.Handle);
        contest.MapPost("/stages/{sid:guid}/open", StageEndpoints.Open);
        contest.MapPost("/stages/{sid:guid}/close", StageEndpoints.Close);

        var entries = contest.MapGroup("/entries").WithTags("Entries");
        entries.MapPost("", RegisterEntryEndpoint.Handle);
        entries.MapPost("/import", ImportEntriesEndpoint.Handle).Accepts<string>("text/csv");
        entries.MapPost("/{eid:guid}/approve", EntryDecisionEndpoints.Approve);
        entries.MapPost("/{eid:guid}/reject", EntryDecisionEndpoints.Reject);
        entries.MapPost("/{eid:guid}/withdraw", EntryDecisionEndpoints.Withdraw);
        entries.MapPost("/{eid:guid}/disqualify", EntryDecisionEndpoints.Disqualify);

        var judging = contest.MapGroup("/stages/{sid:guid}/entries/{eid:guid}").WithTags("Judging");
        judging.MapPut("/marks/{crid:guid}", JudgingEndpoints.PutMark);
        judging.MapPost("/sheet/submit", JudgingEndpoints.Submit);
        judging.MapPost("/sheets/{judgeId:guid}/reopen", JudgingEndpoints.Reopen);

        var awards = contest.MapGroup("/categories/{catId:guid}/awards").WithTags("Awards");
        awards.MapPost("/propose", AwardsEndpoints.Propose);
        awards.MapPost("/notice", AwardsEndpoints.Notice);
        awards.MapPost("/appeals", AwardsEndpoints.Appeal);
        awards.MapPost("/appeals/{aid:guid}/resolve", AwardsEndpoints.Resolve);
        awards.MapPost("/confirm", AwardsEndpoints.Confirm);
        awards.MapPost("/{entryId:guid}/revoke", AwardsEndpoints.Revoke);

        contest.MapGet("/events", EventsFeed.Handle).WithTags("Integration");
        return app;
    }
}
