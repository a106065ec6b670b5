using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public sealed record AppointJudgeRequest(
    string? Name, string? Organization, IReadOnlyList<string>? CategoryIds, IReadOnlyList<string>? StageIds, bool? Chief);

public sealed record JudgeAppointedResponse(Guid Id, string Token);

public static class AppointJudgeEndpoint
{
    [WolverinePost("/api/contests/{cid:guid}/judges")]
    public static async Task<Created<JudgeAppointedResponse>> Handle(
        Guid cid, AppointJudgeRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var organization = check.Text(request.Organization, "organization");
        var categoryIds = check.Ids(request.CategoryIds, "categoryIds", required: true);
        var stageIds = check.Ids(request.StageIds, "stageIds", required: false);
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        var token = Tokens.New();
        await bus.WriteAsync(http, 
            new AppointJudge(cid, id, name, organization, categoryIds, stageIds, request.Chief ?? false, Tokens.Hash(token), clock.GetUtcNow()),
            ct);
        return TypedResults.Created($"/api/contests/{cid}", new JudgeAppointedResponse(id, token));
    }
}
