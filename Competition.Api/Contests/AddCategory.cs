using Competition.Api.Plumbing;
using Competition.Domain.Contests;
using Wolverine.Http;
using Wolverine;
using Competition.Api.Writing;

namespace Competition.Api.Contests;

/// <summary><c>board</c>: public (default) or hidden, which shows no totals or ranks until the board is revealed.</summary>
public sealed record AddCategoryRequest(string? Name, string? EntryType, string? Board);

public static class AddCategoryEndpoint
{
    [WolverinePost("/api/contests/{cid:guid}/categories")]
    public static async Task<Created<IdResponse>> Handle(
        Guid cid, AddCategoryRequest? body, HttpContext http, Access access, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var request = RequestCheck.Body(body);
        await access.OrganizerAsync(http, cid, ct);
        var check = new RequestCheck();
        var name = check.Text(request.Name, "name");
        var entryType = check.OneOf<EntryType>(request.EntryType, "entryType");
        var board = request.Board is null ? BoardVisibility.Public : check.OneOf<BoardVisibility>(request.Board, "board");
        check.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        await bus.WriteAsync(http, new AddCategory(cid, id, name, entryType, clock.GetUtcNow(), board), ct);
        return TypedResults.Created($"/api/contests/{cid}", new IdResponse(id));
    }
}
