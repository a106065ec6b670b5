using System.Net;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.ContestSystem;

/// API.md "Contest system (v1.1)": contests form levels, each child naming the contest one level up.
public sealed class ContestLevelTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    async Task<string> CreateAsync(object body) =>
        (string)(await api.Post("/api/contests", ApiFactory.AdminKey, body, HttpStatusCode.Created))!["id"]!;

    [Fact]
    public async Task Two_county_contests_select_for_one_city_contest_and_show_it()
    {
        var province = await CreateAsync(new { name = "省技能大赛", kind = "skills", level = "province" });
        var city = await CreateAsync(new { name = "市技能大赛", kind = "skills", level = "city", parentId = province });
        var east = await CreateAsync(new { name = "东区选拔赛", kind = "skills", level = "county", parentId = city });
        var west = await CreateAsync(new { name = "西区选拔赛", kind = "skills", level = "county", parentId = city });
        foreach (var county in new[] { east, west })
        {
            var view = await api.Get($"/api/contests/{county}");
            ((string)view["level"]!, (string)view["parentId"]!).ShouldBe(("county", city));
        }
        var top = await api.Get($"/api/contests/{province}");
        ((string)top["level"]!, top["parentId"]).ShouldBe(("province", null));
    }

    [Fact]
    public async Task A_parent_that_is_unknown_without_a_level_or_not_above_is_refused()
    {
        var city = await CreateAsync(new { name = "市技能大赛", kind = "skills", level = "city" });
        var unlevelled = await CreateAsync(new { name = "企业比武", kind = "skills" });
        await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "X", kind = "skills", level = "county", parentId = Guid.NewGuid() }, HttpStatusCode.NotFound);
        foreach (var body in new object[]
        {
            new { name = "X", kind = "skills", level = "county", parentId = unlevelled },
            new { name = "X", kind = "skills", level = "province", parentId = city },
            new { name = "X", kind = "skills", parentId = city },
            new { name = "X", kind = "skills", level = "township" },
            new { name = "X", kind = "skills", level = "county", parentId = "city" },
        })
        {
            var problem = (await api.Post("/api/contests", ApiFactory.AdminKey, body, HttpStatusCode.BadRequest))!;
            problem["errors"]!.AsObject().Select(e => e.Key).ShouldBeSubsetOf(["level", "parentId"]);
        }
    }
}
