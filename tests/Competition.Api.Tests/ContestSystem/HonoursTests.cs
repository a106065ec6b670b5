using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.ContestSystem;

/// PUT …/categories/{catId}/honours and GET …/honours through the routes: a national final of two-person teams run to
/// confirmed awards, the honours its rules grant, revoked with an award or with a disqualification, and the statistics.
public sealed class HonoursTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    sealed record Person(string Name, string Sex, int Age, string Group, string? Grade);

    [Fact]
    public async Task Confirmed_awards_grant_the_rules_honours_person_by_person_and_a_revocation_takes_them_back()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "全国总决赛", kind = "skills", level = "national" }, HttpStatusCode.Created))!;
        var (cid, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var c = $"/api/contests/{cid}";
        var unit = $"荣誉测试单位{Guid.NewGuid():N}";
        var cat = await api.Create($"{c}/categories", org, new { name = "双人赛", entryType = "team" });
        var stage = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "实操", weight = 100, aggregation = new { rule = "mean" } });
        var criterion = await api.Create($"{c}/stages/{stage}/criteria", org, new { name = "作品", maxPoints = 100, kind = "judgement" });
        await api.Put($"{c}/categories/{cat}/award-policy", org, new
        {
            tiers = new object[] { new { name = "一等奖", count = 1 }, new { name = "二等奖", count = 1 }, new { name = "优胜奖", count = 2 } }, minimumScore = 0,
        }, HttpStatusCode.NoContent);
        var judge = (string)(await api.Post($"{c}/judges", org, new { name = "裁判", organization = "裁判组", categoryIds = new[] { cat } }, HttpStatusCode.Created))!["token"]!;

        // Ranks 1, 2, 2, 4, 5, 6: the two teams tied second both reach a top 2.
        int[] totals = [95, 90, 90, 80, 70, 60];
        Person[][] teams =
        [
            [new("甲一", "female", 30, "职工", "technician"), new("甲二", "male", 40, "学生", null)],
            [new("乙一", "male", 30, "职工", "seniorTechnician"), new("乙二", "female", 41, "职工", "advanced")],
            [new("丙一", "male", 50, "职工", null), new("丙二", "male", 28, "职工", null)],
            [new("丁一", "female", 33, "职工", null), new("丁二", "male", 33, "职工", null)],
            [new("戊一", "male", 45, "职工", null), new("戊二", "male", 45, "职工", null)],
            [new("己一", "female", 25, "职工", null), new("己二", "male", 25, "职工", null)],
        ];
        var year = factory.Clock.GetUtcNow().Year;
        await api.Post($"{c}/registration/open", org);
        var entries = new List<Guid>();
        for (var i = 0; i < teams.Length; i++)
        {
            var members = teams[i].Select((p, k) => new
            {
                name = p.Name, sex = p.Sex, birthYear = year - p.Age, group = p.Group, personId = $"ID-{i}{k}", grade = p.Grade,
            }).ToArray();
            var entry = await api.Create($"{c}/entries", org, new { categoryId = cat, name = $"队{i + 1}", organization = unit, members });
            await api.Post($"{c}/entries/{entry}/approve", org);
            entries.Add(entry);
        }
        await api.Post($"{c}/registration/close", org);
        await api.Post($"{c}/categories/{cat}/draw", org, new { seed = 3 }, HttpStatusCode.OK);
        await api.Post($"{c}/stages/{stage}/open", org);
        for (var i = 0; i < entries.Count; i++)
        {
            await api.Put($"{c}/stages/{stage}/entries/{entries[i]}/marks/{criterion}", judge, new { points = totals[i] });
            await api.Post($"{c}/stages/{stage}/entries/{entries[i]}/sheet/submit", judge);
        }
        await api.Post($"{c}/stages/{stage}/close", org);

        await api.Put($"{c}/categories/{cat}/honours", org, new
        {
            rules = new object[]
            {
                new { title = "全国技术能手", top = 5, topByTeamSize = new Dictionary<string, int> { ["2"] = 2, ["3"] = 1 } },
                new { grade = "technician", tiers = new[] { "一等奖", "二等奖", "优胜奖" } },
                new { title = "青年岗位能手", top = 3, maxAge = 35 },
                new { title = "巾帼建功标兵", top = 3, sex = "female" },
                new { title = "五一劳动奖章（推荐）", top = 1, groups = new[] { "职工" } },
                new { title = "市技术能手", top = 5 },
            },
        }, HttpStatusCode.NoContent);

        var honours = $"{c}/honours";
        var before = await api.Get(honours);
        before["categories"]![0]!["rules"]!.AsArray().Count.ShouldBe(6);
        before["categories"]![0]!["honours"]!.AsArray().ShouldBeEmpty();

        await api.Post($"{c}/categories/{cat}/awards/propose", org, null, HttpStatusCode.OK);
        await api.Post($"{c}/categories/{cat}/awards/notice", org, new { days = 1 });
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await api.Post($"{c}/categories/{cat}/awards/confirm", org);
        // The awards view reads on past the honours that follow the confirmation in its stream.
        ((string)(await api.Get($"{c}/categories/{cat}/awards"))["status"]!).ShouldBe("confirmed");

        // Public: no person id, no birth year.
        var view = await api.Get(honours);
        var lines = view["categories"]![0]!["honours"]!.AsArray().Select(h => h!).ToList();
        lines.ShouldAllBe(h => h["personId"] == null && h["birthYear"] == null && (string)h["status"]! == "granted");
        string[] Titled(string title) => [.. lines.Where(h => (string?)h["title"] == title).Select(h => (string)h["person"]!)];
        Titled("全国技术能手").ShouldBe(["甲一", "甲二", "乙一", "乙二", "丙一", "丙二"], ignoreOrder: true);
        Titled("市技术能手").Length.ShouldBe(10); // top 5 of any size: five teams of two
        Titled("青年岗位能手").ShouldBe(["甲一", "乙一", "丙二"], ignoreOrder: true); // the top 3 ranks, aged 35 or under
        Titled("巾帼建功标兵").ShouldBe(["甲一", "乙二"], ignoreOrder: true);
        Titled("五一劳动奖章（推荐）").ShouldBe(["甲一"]); // 甲二 is a student
        // 优胜奖 or better → 技师; who holds 技师 → 高级技师; who holds 高级技师 gets nothing more.
        var grades = lines.Where(h => h["grade"] is not null).ToDictionary(h => (string)h["person"]!, h => (string)h["grade"]!);
        grades.ShouldBe(new Dictionary<string, string>
        {
            ["甲一"] = "seniorTechnician", ["甲二"] = "technician", ["乙二"] = "technician",
            ["丙一"] = "technician", ["丙二"] = "technician", ["丁一"] = "technician", ["丁二"] = "technician",
        }, ignoreOrder: true);
        var first = lines.First(h => (string)h["person"]! == "甲一" && (string?)h["title"] == "全国技术能手");
        ((string)first["entryName"]!, (string)first["organization"]!, (int)first["rank"]!, (string)first["tier"]!).ShouldBe(("队1", unit, 1, "一等奖"));
        ((int)first["rule"]!["index"]!, (string)first["rule"]!["description"]!).ShouldBe((0, "全国技术能手: top 5 (2 members: top 2, 3 members: top 1)"));
        ((string)first["categoryId"]!).ShouldBe(cat.ToString());
        // The organizer sees the person ids.
        var mine = await api.Get(honours, org);
        mine["categories"]![0]!["honours"]!.AsArray().ShouldContain(h => (string?)h!["personId"] == "ID-00");

        // The honours were granted on the rules in force: they no longer change.
        await api.Send(HttpMethod.Put, $"{c}/categories/{cat}/honours", org, new { rules = Array.Empty<object>() }, HttpStatusCode.Conflict);

        var stats = await api.Get($"/api/statistics?organization={Uri.EscapeDataString(unit)}", ApiFactory.AdminKey);
        ((int)stats["beneficiaries"]!["honours"]!, (int)stats["beneficiaries"]!["gradeRecommendations"]!).ShouldBe((10, 7));

        // An award revoked takes its entry's honours; an entry honoured without an award loses them when disqualified.
        await api.Post($"{c}/categories/{cat}/awards/{entries[0]}/revoke", org, new { reason = "违规使用工具" });
        await api.Post($"{c}/entries/{entries[4]}/disqualify", org, new { reason = "冒名顶替" });
        List<JsonNode> after = [];
        await Eventually.True(async () =>
        {
            after = [.. (await api.Get(honours))["categories"]![0]!["honours"]!.AsArray().Select(h => h!)];
            return after.Any(h => (string)h["entryId"]! == entries[4].ToString() && (string)h["status"]! == "revoked");
        }, "The disqualification did not reach the honours");
        foreach (var h in after)
        {
            var entry = Guid.Parse((string)h["entryId"]!);
            ((string)h["status"]!).ShouldBe(entry == entries[0] || entry == entries[4] ? "revoked" : "granted");
        }
        after.First(h => (string)h["entryId"]! == entries[0].ToString())["revokedReason"]!.ToString().ShouldBe("违规使用工具");
        (await api.Get($"{c}/categories/{cat}/awards"))["revoked"]!.AsArray().Select(r => (string)r!["entryId"]!).ShouldBe([entries[0].ToString()]);
        after.First(h => (string)h["entryId"]! == entries[4].ToString())["revokedReason"]!.ToString().ShouldContain("冒名顶替");
        stats = await api.Get($"/api/statistics?organization={Uri.EscapeDataString(unit)}", ApiFactory.AdminKey);
        ((int)stats["beneficiaries"]!["honours"]!, (int)stats["beneficiaries"]!["gradeRecommendations"]!).ShouldBe((6, 5));

        // The workbook holds the public list, row by row and cell by cell, and no person id.
        var book = await Exports.Xlsx.GetAsync(api.Http, $"{honours}.xlsx");
        book.SheetNames.ShouldBe(["荣誉"]);
        var rows = book.Rows("荣誉");
        rows[0].ShouldBe(["赛项", "姓名", "参赛名称", "单位", "名次", "奖项", "称号", "推荐等级", "依据", "状态"]);
        rows.Count.ShouldBe(after.Count + 1);
        var gradeNames = new Dictionary<string, string> { ["technician"] = "技师（二级）", ["seniorTechnician"] = "高级技师（一级）" };
        for (var i = 0; i < after.Count; i++)
        {
            var h = after[i];
            rows[i + 1].ShouldBe(new object?[]
            {
                "双人赛", (string)h["person"]!, (string)h["entryName"]!, unit, (double)(int)h["rank"]!, (string?)h["tier"], (string?)h["title"],
                h["grade"] is { } g ? gradeNames[(string)g!] : null, (string)h["rule"]!["description"]!,
                (string)h["status"]! == "granted" ? "授予" : $"已撤销: {h["revokedReason"]}",
            }, $"row {i + 1}");
        }
        book.AllText().ShouldNotContain(t => t.StartsWith("ID-"));
        (await Exports.Xlsx.GetAsync(api.Http, $"{honours}.xlsx?lang=en")).Rows("Honours")[0][1].ShouldBe("Person");
        await Exports.Xlsx.GetAsync(api.Http, $"/api/contests/{Guid.NewGuid()}/honours.xlsx", expected: HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rules_are_refused_field_by_field_and_an_unknown_category_is_404()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "规则校验", kind = "skills" }, HttpStatusCode.Created))!;
        var (cid, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var c = $"/api/contests/{cid}";
        var cat = await api.Create($"{c}/categories", org, new { name = "电工", entryType = "individual" });
        var refused = (await api.Send(HttpMethod.Put, $"{c}/categories/{cat}/honours", org, new
        {
            rules = new object[]
            {
                new { title = "技术能手", grade = "technician", top = 5 },
                new { title = "技术能手" },
                new { grade = "technician", tiers = new[] { "一等奖" } },
                new { title = "巾帼建功标兵", top = 3, sex = "woman" },
            },
        }, HttpStatusCode.BadRequest))!;
        refused["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["rules[3].sex"]);
        refused = (await api.Send(HttpMethod.Put, $"{c}/categories/{cat}/honours", org, new
        {
            rules = new object[] { new { title = "技术能手", grade = "technician", top = 5 }, new { title = "技术能手" }, new { grade = "technician", tiers = new[] { "一等奖" } } },
        }, HttpStatusCode.BadRequest))!;
        refused["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["rules[0]", "rules[1]", "rules[2].tiers"], ignoreOrder: true);
        await api.Send(HttpMethod.Put, $"{c}/categories/{Guid.NewGuid()}/honours", org, new { rules = new[] { new { title = "x", top = 1 } } }, HttpStatusCode.NotFound);
        await api.Send(HttpMethod.Get, $"/api/contests/{Guid.NewGuid()}/honours", null, null, HttpStatusCode.NotFound);
        // A member's grade is read like their sex: one of the five grades.
        await api.Post($"{c}/registration/open", org);
        await api.Send(HttpMethod.Post, $"{c}/entries", org, new { categoryId = cat, name = "王", organization = "供电", members = new[] { new { name = "王", grade = "master" } } },
            HttpStatusCode.BadRequest);
        var entry = await api.Create($"{c}/entries", org, new { categoryId = cat, name = "王", organization = "供电", members = new[] { new { name = "王", grade = "technician" } } });
        var contest = await api.Get(c, org);
        contest["categories"]![0]!["entries"]!.AsArray().Single(e => (string)e!["id"]! == entry.ToString())!["people"]![0]!["grade"]!.ToString().ShouldBe("technician");
        (await api.Get(c))["categories"]![0]!["entries"]![0]!["people"].ShouldBeNull();
    }
}
