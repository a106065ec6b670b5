using System.Text.Json;

namespace Competition.Browser.Tests;

/// <summary>A Chinese team contest set up through the API for the printed pages: category 焊工 left under a 7-day
/// public notice, category 电工 through a 1-day notice (the clock moved past it) to confirmed awards; three teams of two
/// in each, one judge.</summary>
public sealed record AwardedTeams(string Id, string OrganizerToken, string NoticeCategory, string ConfirmedCategory)
{
    public static readonly (string Team, string Unit, string[] Members)[] Teams =
    [
        ("焊花队", "华东电力", ["王建国", "李秀英"]),
        ("精工队", "建工集团", ["张伟", "刘洋"]),
        ("匠心队", "路桥公司", ["陈静", "赵强"]),
    ];

    public static async Task<AwardedTeams> CreateAsync(Api api, TestHost.MovableClock clock, string level = "province")
    {
        var created = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name = "2026年全省职工职业技能大赛", kind = "skills", locale = "zh-CN", level });
        var id = created.GetProperty("id").GetString()!;
        var token = created.GetProperty("organizerToken").GetString()!;
        var c = $"/api/contests/{id}";
        var categories = new Dictionary<string, (string Category, string Stage, string Criterion)>();
        foreach (var name in new[] { "电工", "焊工" })
        {
            var category = await api.IdAsync($"{c}/categories", token, new { name, entryType = "team" });
            var stage = await api.IdAsync($"{c}/categories/{category}/stages", token, new { name = "实操", weight = 100, aggregation = new { rule = "mean" } });
            var criterion = await api.IdAsync($"{c}/stages/{stage}/criteria", token, new { name = "质量", maxPoints = 100, kind = "judgement" });
            await api.SendAsync(HttpMethod.Put, $"{c}/categories/{category}/award-policy", token,
                new { tiers = new[] { new { name = "一等奖", share = 0.34m }, new { name = "二等奖", share = 0.33m } }, minimumScore = 0 });
            categories[name] = (category, stage, criterion);
        }
        var judge = await api.PostAsync($"{c}/judges", token, new { name = "裁判长", organization = "省总工会", categoryIds = categories.Values.Select(x => x.Category).ToArray() });
        var judgeToken = judge.GetProperty("token").GetString()!;
        await api.PostAsync($"{c}/registration/open", token);
        var entries = categories.Keys.ToDictionary(k => k, _ => new List<string>());
        foreach (var (name, (category, _, _)) in categories)
            foreach (var (team, unit, members) in Teams)
            {
                var entry = await api.IdAsync($"{c}/entries", token, new { categoryId = category, name = team, organization = unit, members });
                await api.PostAsync($"{c}/entries/{entry}/approve", token);
                entries[name].Add(entry);
            }
        await api.PostAsync($"{c}/registration/close", token);
        // 电工 first: confirmed a day later as the clock has it, which is then set back before 焊工's notice opens.
        foreach (var (name, (category, stage, criterion)) in categories)
        {
            await api.PostAsync($"{c}/categories/{category}/draw", token, new { seed = "3" });
            await api.PostAsync($"{c}/stages/{stage}/open", token);
            for (var i = 0; i < entries[name].Count; i++)
            {
                await api.SendAsync(HttpMethod.Put, $"{c}/stages/{stage}/entries/{entries[name][i]}/marks/{criterion}", judgeToken, new { points = 95 - 6 * i });
                await api.PostAsync($"{c}/stages/{stage}/entries/{entries[name][i]}/sheet/submit", judgeToken);
            }
            await api.PostAsync($"{c}/stages/{stage}/close", token);
            await api.PostAsync($"{c}/categories/{category}/awards/propose", token);
            await api.PostAsync($"{c}/categories/{category}/awards/notice", token, new { days = name == "焊工" ? 7 : 1 });
            if (name == "电工") await ConfirmAsync(api, $"{c}/categories/{category}/awards", token, clock);
        }
        var awards = $"{c}/categories/{categories["焊工"].Category}/awards";
        await UntilAsync(api, awards, a => a.GetProperty("status").GetString() == "notice");
        return new(id, token, categories["焊工"].Category, categories["电工"].Category);
    }

    static async Task ConfirmAsync(Api api, string awards, string token, TestHost.MovableClock clock)
    {
        await UntilAsync(api, awards, a => a.GetProperty("status").GetString() == "notice");
        clock.Offset = TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1); // the day of public notice passes without appeals
        try { await api.PostAsync($"{awards}/confirm", token); }
        finally { clock.Offset = TimeSpan.Zero; }
        await UntilAsync(api, awards, a => a.GetProperty("status").GetString() == "confirmed");
    }

    public static async Task<JsonElement> UntilAsync(Api api, string path, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var view = await api.SendAsync(HttpMethod.Get, path, null);
            if (until(view)) return view;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{path} did not get there: {view}");
            await Task.Delay(100);
        }
    }
}
