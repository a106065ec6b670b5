using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.ContestSystem;

/// Two county contests promote into one city contest, which promotes into a province contest, all through the routes.
public sealed class PromotionLadderTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task Two_counties_promote_into_a_city_with_quota_and_a_decline_and_the_city_winners_into_the_province()
    {
        var province = await LadderContest.CreateAsync(api, factory, "省职工技能大赛", "province");
        var city = await LadderContest.CreateAsync(api, factory, "市职工技能大赛", "city", province.Id);
        var countyA = await LadderContest.CreateAsync(api, factory, "甲县职工技能大赛", "county", city.Id);
        var countyB = await LadderContest.CreateAsync(api, factory, "乙县职工技能大赛", "county", city.Id);

        // County A: three of 供电公司 at the top; the quota is two per organization.
        var a = new Dictionary<string, (string Org, decimal Mark)>
        {
            ["甲一"] = ("供电公司", 9.5m), ["甲二"] = ("供电公司", 9.3m), ["甲三"] = ("供电公司", 9.1m),
            ["甲四"] = ("建工集团", 8.9m), ["甲五"] = ("路桥公司", 8.5m), ["甲六"] = ("建工集团", 5.0m),
        };
        var aIds = await RegisterAllAsync(countyA, a);

        var rule = new { parentCategoryId = city.Category, top = 3, minTotal = 60, quotaPerOrganization = 2 };
        await api.Put(province.Promotion, province.Org, new { parentCategoryId = Guid.NewGuid(), top = 1 }, HttpStatusCode.Conflict); // no parent
        await api.Put(countyA.Promotion, countyA.Org, new { parentCategoryId = Guid.NewGuid(), top = 3 }, HttpStatusCode.NotFound);
        await api.Put(countyA.Promotion, countyA.Org, new { parentCategoryId = city.Category, top = 0 }, HttpStatusCode.BadRequest);
        await api.Put(countyA.Promotion, countyA.Org, new { parentCategoryId = city.Category }, HttpStatusCode.BadRequest);
        await api.Put(countyA.Promotion, countyA.Org, rule, HttpStatusCode.NoContent);
        await api.Put(countyA.Promotion, city.Org, rule, HttpStatusCode.Forbidden); // another contest's organizer
        await api.Post($"{countyA.Promotion}/propose", countyA.Org, null, HttpStatusCode.Conflict); // awards not confirmed yet

        await countyA.RunToConfirmedAwardsAsync(Marks(a, aIds));
        var proposed = (await api.Post($"{countyA.Promotion}/propose", countyA.Org, null, HttpStatusCode.OK))!;
        ((string)proposed["status"]!).ShouldBe("proposed");
        Names(proposed["qualifiers"]).ShouldBe(["甲一", "甲二", "甲四"]);
        Names(proposed["overQuota"]).ShouldBe(["甲三"]);
        Names(proposed["reserves"]).ShouldBe(["甲五"]); // 甲六's 50 is below the minimum total of 60

        // 甲二 declines: 供电公司 has a slot again, so the next one down, 甲三, moves up (not 甲五).
        await api.Post($"{countyA.Promotion}/decline", countyA.Org, new { entryId = Guid.NewGuid() }, HttpStatusCode.NotFound);
        var declined = (await api.Post($"{countyA.Promotion}/decline", countyA.Org, new { entryId = aIds["甲二"], reason = "工作安排冲突" }, HttpStatusCode.OK))!;
        Names(declined["qualifiers"]).ShouldBe(["甲一", "甲三", "甲四"]);
        Names(declined["reserves"]).ShouldBe(["甲五"]);
        ((string)declined["declined"]![0]!["reason"]!).ShouldBe("工作安排冲突");

        await api.Post($"/api/contests/{city.Id}/registration/close", city.Org);
        await api.Post($"{countyA.Promotion}/confirm", countyA.Org, null, HttpStatusCode.Conflict); // the city does not take entries now
        await api.Post($"/api/contests/{city.Id}/registration/open", city.Org);
        var confirmed = (await api.Post($"{countyA.Promotion}/confirm", countyA.Org, null, HttpStatusCode.OK))!;
        ((string)confirmed["status"]!).ShouldBe("confirmed");
        confirmed["confirmed"]!["entries"]!.AsArray().Count.ShouldBe(3);
        await api.Post($"{countyA.Promotion}/confirm", countyA.Org, null, HttpStatusCode.OK); // a repeat registers nobody twice
        await api.Post($"{countyA.Promotion}/decline", countyA.Org, new { entryId = aIds["甲一"] }, HttpStatusCode.Conflict);
        await api.Put(countyA.Promotion, countyA.Org, rule with { top = 4 }, HttpStatusCode.Conflict);

        // County B: top 2, no quota.
        var b = new Dictionary<string, (string Org, decimal Mark)>
        {
            ["乙一"] = ("电力公司", 9.2m), ["乙二"] = ("化工集团", 8.8m), ["乙三"] = ("化工集团", 7.0m),
        };
        var bIds = await RegisterAllAsync(countyB, b);
        await api.Put(countyB.Promotion, countyB.Org, new { parentCategoryId = city.Category, top = 2 }, HttpStatusCode.NoContent);
        await countyB.RunToConfirmedAwardsAsync(Marks(b, bIds));
        await api.Post($"{countyB.Promotion}/propose", countyB.Org, null, HttpStatusCode.OK);
        await api.Post($"{countyB.Promotion}/confirm", countyB.Org, null, HttpStatusCode.OK);

        // The city holds the five qualifiers, registered for its organizer to approve, each with the result that sent it.
        var cityEntries = await city.EntriesAsync();
        cityEntries.Keys.Order().ShouldBe(["乙一", "乙二", "甲一", "甲三", "甲四"]);
        cityEntries.Values.ShouldAllBe(e => (string)e["status"]! == "registered");
        Lineage(cityEntries["甲三"]).ShouldBe((countyA.Id, countyA.Category, aIds["甲三"], 3, 91m));
        Lineage(cityEntries["甲四"]).ShouldBe((countyA.Id, countyA.Category, aIds["甲四"], 4, 89m));
        Lineage(cityEntries["乙二"]).ShouldBe((countyB.Id, countyB.Category, bIds["乙二"], 2, 88m));
        cityEntries["甲三"]["organization"]!.ToString().ShouldBe("供电公司");

        // The city approves and runs its final; its top two go to the province.
        var cityMarks = new Dictionary<string, decimal> { ["乙一"] = 9.6m, ["甲三"] = 9.4m, ["甲一"] = 9.0m, ["甲四"] = 8.7m, ["乙二"] = 8.2m };
        var cityIds = cityEntries.ToDictionary(e => e.Key, e => Guid.Parse((string)e.Value["id"]!));
        foreach (var id in cityIds.Values) await api.Post($"{city.Path}/entries/{id}/approve", city.Org);
        await api.Put(city.Promotion, city.Org, new { parentCategoryId = province.Category, top = 2, quotaPerOrganization = 3 }, HttpStatusCode.NoContent);
        await city.RunToConfirmedAwardsAsync(cityIds.ToDictionary(e => e.Value, e => cityMarks[e.Key]));
        Names((await api.Post($"{city.Promotion}/propose", city.Org, null, HttpStatusCode.OK))!["qualifiers"]).ShouldBe(["乙一", "甲三"]);
        await api.Post($"{city.Promotion}/confirm", city.Org, null, HttpStatusCode.OK);

        var provinceEntries = await province.EntriesAsync();
        provinceEntries.Keys.Order().ShouldBe(["乙一", "甲三"]);
        Lineage(provinceEntries["乙一"]).ShouldBe((city.Id, city.Category, cityIds["乙一"], 1, 96m));
        Lineage(provinceEntries["甲三"]).ShouldBe((city.Id, city.Category, cityIds["甲三"], 2, 94m));
        // The whole lineage, followed link by link: the province's 甲三 came from the city's, which came from county A's third place.
        var cityEntry = (await city.EntriesAsync()).Values.Single(e => (string)e["id"]! == (string)provinceEntries["甲三"]["qualifiedFrom"]!["entryId"]!);
        Lineage(cityEntry).ShouldBe((countyA.Id, countyA.Category, aIds["甲三"], 3, 91m));
        var promotion = await api.Get(city.Promotion);
        ((string)promotion["rule"]!["parentContestId"]!).ShouldBe(province.Id.ToString());
    }

    async Task<Dictionary<string, Guid>> RegisterAllAsync(LadderContest contest, Dictionary<string, (string Org, decimal Mark)> entrants)
    {
        var ids = new Dictionary<string, Guid>();
        foreach (var (name, (org, _)) in entrants) ids[name] = await contest.RegisterAsync(name, org);
        return ids;
    }

    static Dictionary<Guid, decimal> Marks(Dictionary<string, (string Org, decimal Mark)> entrants, Dictionary<string, Guid> ids) =>
        entrants.ToDictionary(e => ids[e.Key], e => e.Value.Mark);

    static List<string> Names(JsonNode? lines) => [.. lines!.AsArray().Select(l => (string)l!["name"]!)];

    static (Guid Contest, Guid Category, Guid Entry, int Rank, decimal Total) Lineage(JsonNode entry)
    {
        var from = entry["qualifiedFrom"] ?? throw new ShouldAssertException($"{entry["name"]} has no qualifiedFrom");
        return (Guid.Parse((string)from["contestId"]!), Guid.Parse((string)from["categoryId"]!), Guid.Parse((string)from["entryId"]!),
            (int)from["rank"]!, (decimal)from["total"]!);
    }
}
