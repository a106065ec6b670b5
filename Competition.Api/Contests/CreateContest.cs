using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

/// <summary><c>level</c> and <c>parentId</c>: the contest system's ladder (v1.1).</summary>
public sealed record CreateContestRequest(string? Name, string? Kind, string? Locale, string? Level = null, string? ParentId = null);

public sealed record ContestCreatedResponse(Guid Id, string OrganizerToken);

public static class CreateContestEndpoint
{
    [WolverinePost("/api/contests")]
    public static async Task<Created<ContestCreatedResponse>> Handle(
        CreateContestRequest? body, HttpContext http, Access access, IMessageBus bus, ContestSnapshots contests, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.RequireAdminAsync(http, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var kind = check.OneOf<ContestKind>(request.Kind, "kind");
        check.Rule(request.Locale is null or "zh-CN" or "en", "locale", "locale must be zh-CN or en");
        ContestLevel? level = request.Level is null ? null : check.OneOf<ContestLevel>(request.Level, "level");
        Guid? parentId = request.ParentId is null ? null : check.Id(request.ParentId, "parentId");
        check.ThrowIfInvalid();

        // The parent's level is read from its own stream: a contest created a moment ago on another node is found.
        ParentContest? parent = parentId is { } p && (await contests.LoadAsync(p, ct)).State is ContestState.Active found
            ? new ParentContest(found.Id, found.Name, found.Level)
            : null;
        var id = Guid.CreateVersion7();
        var token = Tokens.New();
        await bus.WriteAsync(http, new CreateContest(id, name, kind, request.Locale, Tokens.Hash(token), clock.GetUtcNow(), level, parentId, parent), ct);
        return TypedResults.Created($"/api/contests/{id}", new ContestCreatedResponse(id, token));
    }
}
