using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

public sealed record CreateContestRequest(string? Name, string? Kind, string? Locale);

public sealed record ContestCreatedResponse(Guid Id, string OrganizerToken);

public static class CreateContestEndpoint
{
    [WolverinePost("/api/contests")]
    public static async Task<Created<ContestCreatedResponse>> Handle(
        CreateContestRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.RequireAdminAsync(http, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var kind = check.OneOf<ContestKind>(request.Kind, "kind");
        check.Rule(request.Locale is null or "zh-CN" or "en", "locale", "locale must be zh-CN or en");
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        var token = Tokens.New();
        await bus.WriteAsync(http, new CreateContest(id, name, kind, request.Locale, Tokens.Hash(token), clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{id}", new ContestCreatedResponse(id, token));
    }
}
