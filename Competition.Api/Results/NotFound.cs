// Not "Competition.Api.Results": that namespace would shadow the Results class for all code under Competition.Api.
namespace Competition.Api.Reads;

/// <summary>Ids that do not parse are as unknown as ids that do not exist: 404 either way.</summary>
static class NotFound
{
    public static IResult Contest(string cid) =>
        TypedResults.Problem(statusCode: 404, title: "Contest not found", detail: $"There is no contest '{cid}'.");

    public static IResult Category(string cid, string catId) =>
        TypedResults.Problem(statusCode: 404, title: "Category not found", detail: $"Contest '{cid}' has no category '{catId}'.");

    public static IResult Round(string cid, string rid) =>
        TypedResults.Problem(statusCode: 404, title: "Round not found", detail: $"Contest '{cid}' has no round '{rid}'.");
}
