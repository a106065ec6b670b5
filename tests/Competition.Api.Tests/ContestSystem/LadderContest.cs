using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.ContestSystem;

/// One contest of a selection ladder with one individual category (电工, a stage of one criterion marked out of 10,
/// so a mark of 9.5 is a total of 95), driven through the routes up to confirmed awards.
public sealed class LadderContest
{
    readonly ApiClient api;
    readonly ApiFactory factory;

    public Guid Id { get; private init; }
    public string Path => $"/api/contests/{Id}";
    public string Org { get; private init; } = "";
    public Guid Category { get; private init; }
    Guid stage, criterion;
    string judge = "";
    public Guid Stage => stage;
    public string JudgeToken => judge;

    LadderContest(ApiClient api, ApiFactory factory) => (this.api, this.factory) = (api, factory);

    public static async Task<LadderContest> CreateAsync(ApiClient api, ApiFactory factory, string name, string level, Guid? parentId = null)
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name, kind = "skills", level, parentId }, HttpStatusCode.Created))!;
        var id = Guid.Parse((string)created["id"]!);
        var org = (string)created["organizerToken"]!;
        var c = $"/api/contests/{id}";
        var category = await api.Create($"{c}/categories", org, new { name = "电工", entryType = "individual" });
        var contest = new LadderContest(api, factory) { Id = id, Org = org, Category = category };
        contest.stage = await api.Create($"{c}/categories/{category}/stages", org, new { name = "实操", weight = 100, aggregation = new { rule = "mean" } });
        contest.criterion = await api.Create($"{c}/stages/{contest.stage}/criteria", org, new { name = "接线", maxPoints = 10, kind = "judgement" });
        contest.judge = (string)(await api.Post($"{c}/judges", org, new { name = $"{name}裁判", organization = "省总工会", categoryIds = new[] { category } },
            HttpStatusCode.Created))!["token"]!;
        await api.Put($"{c}/categories/{category}/award-policy", org,
            new { tiers = new[] { new { name = "一等奖", count = 1 }, new { name = "二等奖", count = 2 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        await api.Post($"{c}/registration/open", org);
        return contest;
    }

    public async Task<Guid> RegisterAsync(string name, string organization, object[]? members = null)
    {
        var entry = await api.Create($"{Path}/entries", Org, new { categoryId = Category, name, organization, members });
        await api.Post($"{Path}/entries/{entry}/approve", Org);
        return entry;
    }

    /// Draws, marks each entry with its points, closes the stage and takes the awards through public notice to confirmed.
    public async Task RunToConfirmedAwardsAsync(IReadOnlyDictionary<Guid, decimal> points)
    {
        await api.Post($"{Path}/categories/{Category}/draw", Org, new { seed = 7 }, HttpStatusCode.OK);
        await api.Post($"{Path}/stages/{stage}/open", Org);
        foreach (var (entry, mark) in points)
            await api.Put($"{Path}/stages/{stage}/entries/{entry}/marks/{criterion}", judge, new { points = mark });
        await api.Post($"{Path}/stages/{stage}/close", Org);
        await api.Post($"{Path}/categories/{Category}/awards/propose", Org, null, HttpStatusCode.OK);
        await api.Post($"{Path}/categories/{Category}/awards/notice", Org, new { days = 1 });
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await api.Post($"{Path}/categories/{Category}/awards/confirm", Org);
    }

    public string Promotion => $"{Path}/categories/{Category}/promotion";

    /// The category's entries as the contest view lists them, by name.
    public async Task<Dictionary<string, JsonNode>> EntriesAsync(string? token = null)
    {
        var contest = await api.Get(Path, token);
        return contest["categories"]!.AsArray().Single(c => (string)c!["id"]! == Category.ToString())!["entries"]!.AsArray()
            .ToDictionary(e => (string)e!["name"]!, e => e!);
    }
}
