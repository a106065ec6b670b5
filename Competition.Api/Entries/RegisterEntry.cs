using Competition.Api.Plumbing;
using Competition.Domain.Entries;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Entries;

/// <summary>Each of <c>members</c> a name, or an object <c>{name, sex?, birthYear?, group?, personId?, grade?}</c> (v1.1).</summary>
public sealed record RegisterEntryRequest(string? CategoryId, string? Name, string? Organization, IReadOnlyList<System.Text.Json.JsonElement>? Members);

public static class RegisterEntryEndpoint
{
    public const int MaxMembers = 50;

    [WolverinePost("/api/contests/{cid:guid}/entries")]
    public static async Task<Created<IdResponse>> Handle(
        Guid cid, RegisterEntryRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock,
        CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var categoryId = check.Id(request.CategoryId, "categoryId");
        var name = check.Text(request.Name, "name");
        var organization = check.Text(request.Organization, "organization");
        var people = MemberDetails.Read(request.Members, check);
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new RegisterNewEntry(cid, id, categoryId, name, organization, [.. people.Select(p => p.Name)], clock.GetUtcNow())
        {
            People = people.Any(p => !p.NameOnly) ? people : null,
        }, ct);
        return TypedResults.Created($"/api/contests/{cid}/entries/{id}", new IdResponse(id));
    }

    public static IReadOnlyList<string> Members(IReadOnlyList<string>? members, RequestCheck check, string field = "members")
    {
        members ??= [];
        check.Rule(members.Count <= MaxMembers, field, $"At most {MaxMembers} members");
        return [.. members.Select((m, i) => check.Text(m, $"{field}[{i}]"))];
    }
}

/// Registration needs the contest's state (registration open, category and its entry type).
public sealed record RegisterNewEntry(
    Guid ContestId, Guid EntryId, Guid CategoryId, string Name, string Organization, IReadOnlyList<string> Members, DateTimeOffset Now)
{
    public IReadOnlyList<Member>? People { get; init; }

    public RegisterEntry ToDomain(RegistrationContext context) =>
        new(EntryId, ContestId, CategoryId, Name, Organization, Members, context, Now) { People = People };
}
