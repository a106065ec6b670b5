using System.Text.Json;

namespace Competition.Browser.Tests;

/// Promotion from a county contest to its city's, through the console's awards tab: the rule, the proposal, a decline
/// that moves the next one up, and the confirmation that registers the qualifiers in the city contest.
[Collection(BrowserCollection.Name)]
public sealed class PromotionConsoleTests(BrowserApp app)
{
    [Fact]
    public async Task The_rule_a_proposal_a_decline_and_the_confirmation_register_the_qualifiers_in_the_parent()
    {
        var api = app.Api();
        var city = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name = "市技能大赛", kind = "skills", level = "city" });
        var (cityId, cityToken) = (city.GetProperty("id").GetString()!, city.GetProperty("organizerToken").GetString()!);
        var cityCategory = await api.IdAsync($"/api/contests/{cityId}/categories", cityToken, new { name = "电工", entryType = "individual" });
        await api.PostAsync($"/api/contests/{cityId}/registration/open", cityToken);

        var county = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name = "县技能大赛", kind = "skills", level = "county", parentId = cityId });
        var (id, token) = (county.GetProperty("id").GetString()!, county.GetProperty("organizerToken").GetString()!);
        var c = $"/api/contests/{id}";
        var category = await api.IdAsync($"{c}/categories", token, new { name = "电工", entryType = "individual" });
        var stage = await api.IdAsync($"{c}/categories/{category}/stages", token, new { name = "实操", weight = 100, aggregation = new { rule = "mean" } });
        var criterion = await api.IdAsync($"/api/contests/{id}/stages/{stage}/criteria", token, new { name = "接线", maxPoints = 10, kind = "judgement" });
        var judge = (await api.PostAsync($"{c}/judges", token, new { name = "裁判", organization = "总工会", categoryIds = new[] { category } })).GetProperty("token").GetString()!;
        await api.SendAsync(HttpMethod.Put, $"{c}/categories/{category}/award-policy", token, new { tiers = new[] { new { name = "一等奖", count = 3 } }, minimumScore = 0 });
        await api.PostAsync($"{c}/registration/open", token);
        var entrants = new[] { ("张伟", "供电公司", 9.5m), ("李娜", "供电公司", 9.0m), ("王强", "建工集团", 8.0m), ("赵敏", "路桥公司", 7.0m) };
        var ids = new List<string>();
        foreach (var (name, org, _) in entrants)
        {
            var entry = await api.IdAsync($"{c}/entries", token, new { categoryId = category, name, organization = org });
            await api.PostAsync($"{c}/entries/{entry}/approve", token);
            ids.Add(entry);
        }
        await api.PostAsync($"{c}/categories/{category}/draw", token, new { seed = 1 });
        await api.PostAsync($"{c}/stages/{stage}/open", token);
        for (var i = 0; i < ids.Count; i++)
            await api.SendAsync(HttpMethod.Put, $"{c}/stages/{stage}/entries/{ids[i]}/marks/{criterion}", judge, new { points = entrants[i].Item3 });
        await api.PostAsync($"{c}/stages/{stage}/close", token);
        await api.PostAsync($"{c}/categories/{category}/awards/propose", token);
        await api.PostAsync($"{c}/categories/{category}/awards/notice", token, new { days = 1 });
        app.Clock.Offset = TimeSpan.FromDays(2); // the day of public notice passes
        try { await api.PostAsync($"{c}/categories/{category}/awards/confirm", token); }
        finally { app.Clock.Offset = TimeSpan.Zero; }

        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { id, token });
        await page.GotoAsync($"/#contest={id}&section=awards");
        var panel = page.Locator($"#promotion article.category[data-id='{category}']");
        var rule = panel.Locator("form[name=promotion-rule]");
        await Assertions.Expect(rule.Locator($"select[name=parentCategoryId] option[value='{cityCategory}']")).ToHaveCountAsync(1);
        await rule.Locator("select[name=parentCategoryId]").SelectOptionAsync(cityCategory);
        await rule.Locator("input[name=top]").FillAsync("2");
        await rule.Locator("input[name=quotaPerOrganization]").FillAsync("1");
        await rule.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(rule.Locator("input[name=quotaPerOrganization]")).ToHaveValueAsync("1");

        await panel.Locator("button[name=propose-promotion]").ClickAsync();
        var qualifiers = panel.Locator("table.promotion-qualifiers tr");
        await Assertions.Expect(qualifiers).ToHaveCountAsync(2);
        await Assertions.Expect(qualifiers.Nth(0)).ToContainTextAsync("张伟");
        await Assertions.Expect(qualifiers.Nth(1)).ToContainTextAsync("王强");
        await Assertions.Expect(panel.Locator("table.promotion-overQuota tr")).ToContainTextAsync("李娜"); // 供电公司's quota of one is taken

        await panel.Locator($"table.promotion-qualifiers tr[data-entry='{ids[0]}'] button[name=decline]").ClickAsync();
        await InPageDialog.GiveReasonAsync(page, "工作安排冲突");
        // 张伟 declines: 供电公司 has its slot again, so 李娜 moves up ahead of 王强.
        await Assertions.Expect(qualifiers.Nth(0)).ToContainTextAsync("李娜");
        await Assertions.Expect(qualifiers.Nth(1)).ToContainTextAsync("王强");
        await Assertions.Expect(panel.Locator("table.promotion-declined tr")).ToContainTextAsync("工作安排冲突");
        await Screenshots.SaveAsync(page, "console-promotion");

        await panel.Locator("button[name=confirm-promotion]").ClickAsync();
        await InPageDialog.ConfirmAsync(page);
        await Assertions.Expect(panel.Locator(".message.ok")).ToBeVisibleAsync();

        var parent = await api.SendAsync(HttpMethod.Get, $"/api/contests/{cityId}", null);
        var promoted = parent.GetProperty("categories")[0].GetProperty("entries").EnumerateArray()
            .Select(e => (Name: e.GetProperty("name").GetString(), Rank: e.GetProperty("qualifiedFrom").GetProperty("rank").GetInt32())).OrderBy(e => e.Rank).ToList();
        promoted.ShouldBe([("李娜", 2), ("王强", 3)]);
        app.PageErrors.ShouldBeEmpty();
    }
}
