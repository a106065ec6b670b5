using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Awards;

/// A proposal is ranked on the contest as read (every stage of the category closed) and asserts that version
/// when it is written: fired together with a stage opening again, it is never written after the opening, and
/// no notice or confirmation goes through while the stage is open.
public sealed class ProposalRaceTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task Proposals_racing_a_stage_reopening_are_never_written_after_it()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Race", kind = "skills" }, HttpStatusCode.Created))!;
        var (c, org) = ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        var cat = await api.Create($"{c}/categories", org, new { name = "Welder", entryType = "individual" });
        var stage = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "Practical", weight = 100, aggregation = new { rule = "mean" } });
        await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "Seam", maxPoints = 10, kind = "judgement" });
        await api.Put($"{c}/categories/{cat}/award-policy", org, new { tiers = new[] { new { name = "Gold", count = 1 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        await api.Post($"{c}/stages/{stage}/open", org);
        await api.Post($"{c}/stages/{stage}/close", org);

        var proposals = Enumerable.Range(0, 20).Select(_ => StatusAsync(HttpMethod.Post, $"{c}/categories/{cat}/awards/propose", org));
        var opening = StatusAsync(HttpMethod.Post, $"{c}/stages/{stage}/open", org);
        var statuses = await Task.WhenAll([.. proposals, opening]);
        statuses.ShouldAllBe(s => s == 200 || s == 204 || s == 409);

        var log = await FeedAsync(c, org);
        var opened = log.Last(e => (string)e["type"]! == "contest.stage-opened")["sequence"]!.GetValue<long>();
        log.Where(e => (string)e["type"]! == "awards.proposed").ShouldAllBe(e => e["sequence"]!.GetValue<long>() < opened,
            "no proposal is written after the stage opened again");
        (await StatusAsync(HttpMethod.Post, $"{c}/categories/{cat}/awards/notice", org, new { days = 1 })).ShouldBe(409);
    }

    async Task<int> StatusAsync(HttpMethod method, string url, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Headers = { Authorization = new("Bearer", token) } };
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body);
        using var answer = await api.Http.SendAsync(request);
        return (int)answer.StatusCode;
    }

    async Task<List<JsonNode>> FeedAsync(string c, string org)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{c}/events") { Headers = { Authorization = new("Bearer", org) } };
        using var answer = await api.Http.SendAsync(request);
        return [.. (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];
    }
}
