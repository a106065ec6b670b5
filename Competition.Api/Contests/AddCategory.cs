using Competition.Api.Plumbing;
using Competition.Domain.Contests;

namespace Competition.Api.Contests;

public sealed record AddCategoryRequest(string? Name, string? EntryType);

public static class AddCategoryEndpoint
{
    public static async Task<Created<IdResponse>> Handle(
        Guid cid, AddCategoryRequest request, HttpContext http, Access access, CommandRouter router, TimeProvider clock, CancellationToken ct)
    {
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var entryType = check.OneOf<EntryType>(request.EntryType, "entryType");
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        await router.SendAsync<Written>(new AddCategory(cid, id, name, entryType, clock.GetUtcNow()), ct);
        return TypedResults.Created($"/api/contests/{cid}", new IdResponse(id));
    }
}
