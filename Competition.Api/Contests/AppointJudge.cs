using Competition.Api.Plumbing;
using Competition.Domain.Contests;

namespace Competition.Api.Contests;

public sealed record AppointJudgeRequest(
    string? Name, string? Organization, IReadOnlyList<string>? CategoryIds, IReadOnlyList<string>? StageIds, bool? Chief);

public sealed record JudgeAppointedResponse(Guid Id, string Token);

public static class AppointJudgeEndpoint
{
    public static async Task<Created<JudgeAppointedResponse>> Handle(
        Guid cid, AppointJudgeRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock,
        CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var organization = check.Text(request.Organization, "organization");
        var categoryIds = check.Ids(request.CategoryIds, "categoryIds", required: true);
        var stageIds = check.Ids(request.StageIds, "stageIds", required: false);
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        var token = Tokens.New();
        await router.SendAsync<Written>(
            new AppointJudge(cid, id, name, organization, categoryIds, stageIds, request.Chief ?? false, Tokens.Hash(token), clock.GetUtcNow()),
            ct);
        return TypedResults.Created($"/api/contests/{cid}", new JudgeAppointedResponse(id, token));
    }
}
