using Competition.Api.Plumbing;
using Competition.Domain.Contests;

namespace Competition.Api.Contests;

public sealed record CreateContestRequest(string? Name, string? Kind, string? Locale);

public sealed record ContestCreatedResponse(Guid Id, string OrganizerToken);

public static class CreateContestEndpoint
{
    public static async Task<Created<ContestCreatedResponse>> Handle(
        CreateContestRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.RequireAdminAsync(http, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var kind = check.OneOf<ContestKind>(request.Kind, "kind");
        check.Rule(request.Locale is null or "zh-CN" or "en", "locale", "locale must be zh-CN or en");
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        var token = Tokens.New();
        await router.SendAsync<Written>(new CreateContest(id, name, kind, request.Locale, Tokens.Hash(token), clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{id}", new ContestCreatedResponse(id, token));
    }
}
