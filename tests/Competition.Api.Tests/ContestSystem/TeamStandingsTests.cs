using System.Net;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.ContestSystem;

/// PUT/GET …/team-standings over two categories' boards, the expected totals computed here from the marks.
public sealed class TeamStandingsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task Organizations_are_ranked_across_categories_by_placing_points_and_by_best_totals()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "职工技能大赛", kind = "skills" }, HttpStatusCode.Created))!;
        var c = $"/api/contests/{(string)created["id"]!}";
        var org = (string)created["organizerToken"]!;
        await api.Send(HttpMethod.Get, $"{c}/team-standings", null, null, HttpStatusCode.NotFound); // no rule yet
        var marks = new Dictionary<string, (string Org, decimal Points)[]>
        {
            ["电工"] = [("供电公司", 9), ("建工集团", 8), ("路桥公司", 7)],
            ["焊工"] = [("建工集团", 10), ("路桥公司", 6), ("供电公司", 5)],
        };
        await api.Post($"{c}/registration/open", org);
        var categories = new List<Guid>();
        foreach (var (name, entrants) in marks)
        {
            var category = await api.Create($"{c}/categories", org, new { name, entryType = "individual" });
            categories.Add(category);
            var stage = await api.Create($"{c}/categories/{category}/stages", org, new { name = "实操", weight = 100, aggregation = new { rule = "mean" } });
            var criterion = await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "质量", maxPoints = 10, kind = "judgement" });
            var token = (string)(await api.Post($"{c}/judges", org, new { name = $"裁判{name}", organization = "市总工会", categoryIds = new[] { category } }, HttpStatusCode.Created))!["token"]!;
            var ids = new List<Guid>();
            foreach (var (company, _) in entrants)
            {
                var entry = await api.Create($"{c}/entries", org, new { categoryId = category, name = $"{company}{name}", organization = company });
                await api.Post($"{c}/entries/{entry}/approve", org);
                ids.Add(entry);
            }
            await api.Post($"{c}/categories/{category}/draw", org, new { seed = 3 }, HttpStatusCode.OK);
            await api.Post($"{c}/stages/{stage}/open", org);
            for (var i = 0; i < ids.Count; i++)
                await api.Put($"{c}/stages/{stage}/entries/{ids[i]}/marks/{criterion}", token, new { points = entrants[i].Points });
            await api.Post($"{c}/stages/{stage}/close", org);
        }

        await api.Put($"{c}/team-standings", org, new { rule = "placing", points = new[] { 9, 7, 5 } }, HttpStatusCode.NoContent);
        var placing = await EventuallyFinalAsync(c);
        // 电工: 供电 1st (9), 建工 2nd (7), 路桥 3rd (5); 焊工: 建工 1st (9), 路桥 2nd (7), 供电 3rd (5).
        placing.Select(r => ((int)r["rank"]!, (string)r["organization"]!, (decimal)r["total"]!)).ShouldBe(
            [(1, "建工集团", 16m), (2, "供电公司", 14m), (3, "路桥公司", 12m)]);

        await api.Put($"{c}/team-standings", org, new { rule = "bestTotals", best = 1, categoryIds = new[] { categories[1] } }, HttpStatusCode.NoContent);
        var best = await EventuallyFinalAsync(c);
        // Totals on a 100-point scale: a mark of 10 of 10 is 100.
        best.Select(r => ((string)r["organization"]!, (decimal)r["total"]!)).ShouldBe([("建工集团", 100m), ("路桥公司", 60m), ("供电公司", 50m)]);
        await api.Put($"{c}/team-standings", org, new { rule = "medals" }, HttpStatusCode.BadRequest);
        await api.Put($"{c}/team-standings", org, new { rule = "bestTotals", best = 2, categoryIds = new[] { Guid.NewGuid() } }, HttpStatusCode.NotFound);
    }

    async Task<List<System.Text.Json.Nodes.JsonNode>> EventuallyFinalAsync(string c)
    {
        System.Text.Json.Nodes.JsonNode standings = null!;
        await Eventually.True(async () => (string)(standings = await api.Get($"{c}/team-standings"))["status"]! == "final"
            && standings["rows"]!.AsArray().Count == 3);
        return [.. standings["rows"]!.AsArray().Select(r => r!)];
    }
}
