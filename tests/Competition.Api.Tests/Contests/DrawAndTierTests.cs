using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;
using Competition.Domain.Contests;

namespace Competition.Api.Tests.Contests;

/// API.md v1.1: a draw's seed may be a phrase read out at the draw, recorded and re-checkable; an award
/// tier may be a fixed count of positions.
public sealed class DrawAndTierTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task A_phrase_seed_is_recorded_as_given_and_gives_the_bibs_anyone_can_recompute()
    {
        var (c, org, cat, entries) = await ContestAsync(4);
        const string phrase = "二〇二六年技能大赛 抽签";
        var bibs = (await api.Post($"{c}/categories/{cat}/draw", org, new { seed = phrase }, HttpStatusCode.OK))!.AsArray();

        var expected = LotDrawing.Draw(phrase, entries).ToDictionary(b => b.EntryId, b => b.Bib);
        bibs.ToDictionary(b => Guid.Parse((string)b!["entryId"]!), b => (int)b!["bib"]!).ShouldBe(expected);
        var drawn = (await FeedAsync(c, org)).Single(e => (string)e["type"]! == "contest.lots-drawn");
        ((string)drawn["data"]!["seed"]!).ShouldBe(phrase);
    }

    [Fact]
    public async Task Tiers_by_count_give_exactly_that_many_positions()
    {
        var (c, org, cat, entries) = await ContestAsync(5);
        await api.Put($"{c}/categories/{cat}/award-policy", org,
            new { tiers = new object[] { new { name = "一等奖", count = 1 }, new { name = "二等奖", count = 2 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        var policy = (await api.Get(c))["categories"]!.AsArray().Single()!["awardPolicy"]!["tiers"]!.AsArray();
        policy.Select(t => (int?)t!["count"]).ShouldBe([1, 2]);

        await api.Post($"{c}/categories/{cat}/draw", org, new { seed = 3 }, HttpStatusCode.OK);
        var stage = Guid.Parse((string)(await api.Get(c))["categories"]!.AsArray().Single()!["stages"]!.AsArray().Single()!["id"]!);
        await api.Post($"{c}/stages/{stage}/open", org);
        await api.Post($"{c}/stages/{stage}/close", org);
        var proposal = (await api.Post($"{c}/categories/{cat}/awards/propose", org, expected: HttpStatusCode.OK))!;

        // No marks: every entry totals 0 and all share rank 1, so the tie joins the first tier (API.md tier rule).
        proposal["awards"]!.AsArray().Select(a => (string)a!["tier"]!).ShouldBe(Enumerable.Repeat("一等奖", entries.Count));
    }

    [Fact]
    public async Task A_policy_mixing_shares_and_counts_is_refused_and_writes_nothing()
    {
        var (c, org, cat, _) = await ContestAsync(1);
        var problem = (await api.Put($"{c}/categories/{cat}/award-policy", org,
            new { tiers = new object[] { new { name = "Gold", share = 0.5 }, new { name = "Silver", count = 20 } } }, HttpStatusCode.BadRequest))!;
        problem["errors"]!["tiers"].ShouldNotBeNull();
        (await api.Get(c))["categories"]!.AsArray().Single()!["awardPolicy"].ShouldBeNull();
    }

    async Task<(string C, string Org, Guid Cat, List<Guid> Entries)> ContestAsync(int entries)
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Draw", kind = "skills" }, HttpStatusCode.Created))!;
        var (c, org) = ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        var cat = await api.Create($"{c}/categories", org, new { name = "Welder", entryType = "individual" });
        var stage = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "Practical", weight = 100, aggregation = new { rule = "mean" } });
        await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "Seam", maxPoints = 10, kind = "judgement" });
        await api.Post($"{c}/registration/open", org);
        var ids = new List<Guid>();
        for (var i = 0; i < entries; i++)
        {
            var id = await api.Create($"{c}/entries", org, new { categoryId = cat, name = $"W{i}", organization = $"Plant {i}" });
            await api.Post($"{c}/entries/{id}/approve", org);
            ids.Add(id);
        }
        return (c, org, cat, ids);
    }

    async Task<List<JsonNode>> FeedAsync(string c, string org)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{c}/events") { Headers = { Authorization = new("Bearer", org) } };
        using var answer = await api.Http.SendAsync(request);
        return [.. (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];
    }
}
