using System.Net;
using Competition.Api.Tests.Support;
using Competition.TestHost;

namespace Competition.Api.Tests.Exports;

/// A small team contest driven through the public routes to confirmed awards (or left under notice): two stages, one
/// judge, four teams of two whose members have person ids and birth years the exports must never show.
public sealed record AwardedContest(string Contest, Guid Category, string Organizer, IReadOnlyList<Guid> Entries)
{
    public string Url => $"/api/contests/{Contest}";

    public static readonly string[] Teams = ["焊花队", "钢铁队", "精工队", "匠心队"];
    public static readonly string[] Units = ["供电公司", "建工集团", "路桥公司", "供电公司"];

    public static string PersonId(int team, int member) => $"P-{9100 + team * 10 + member}";

    public static string MemberName(int team, int member) => $"{Teams[team][..2]}队员{member + 1}";

    public static async Task<AwardedContest> SeedAsync(ApiClient api, MovableClock clock, bool confirm, string level = "city", string locale = "zh-CN",
        string name = "全市焊工技能大赛")
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name, kind = "skills", level, locale }, HttpStatusCode.Created))!;
        var (cid, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var c = $"/api/contests/{cid}";
        var cat = await api.Create($"{c}/categories", org, new { name = "焊工（双人）", entryType = "team" });
        var practical = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "实操", weight = 60, aggregation = new { rule = "mean" } });
        var theory = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "理论", weight = 40, aggregation = new { rule = "mean" } });
        var seam = await api.Create($"{c}/stages/{practical}/criteria", org, new { name = "焊缝", maxPoints = 100, kind = "judgement" });
        var paper = await api.Create($"{c}/stages/{theory}/criteria", org, new { name = "试卷", maxPoints = 100, kind = "judgement" });
        await api.Put($"{c}/categories/{cat}/award-policy", org,
            new { tiers = new[] { new { name = "一等奖", share = 0.25 }, new { name = "二等奖", share = 0.25 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        var judge = (await api.Post($"{c}/judges", org, new { name = "裁判甲", organization = "市总工会", categoryIds = new[] { cat } }, HttpStatusCode.Created))!;
        var judgeToken = (string)judge["token"]!;
        await api.Post($"{c}/registration/open", org);
        var entries = new List<Guid>();
        for (var i = 0; i < Teams.Length; i++)
        {
            var members = Enumerable.Range(0, 2).Select(m => new { name = MemberName(i, m), personId = PersonId(i, m), birthYear = 1990 + i, group = "技术工人" });
            var entry = await api.Create($"{c}/entries", org, new { categoryId = cat, name = Teams[i], organization = Units[i], members });
            await api.Post($"{c}/entries/{entry}/approve", org);
            entries.Add(entry);
        }
        await api.Post($"{c}/registration/close", org);
        await api.Post($"{c}/categories/{cat}/draw", org, new { seed = 7 }, HttpStatusCode.OK);
        foreach (var (stage, criterion, first) in new[] { (practical, seam, 91.5m), (theory, paper, 80m) })
        {
            await api.Post($"{c}/stages/{stage}/open", org);
            for (var i = 0; i < entries.Count; i++)
            {
                await api.Put($"{c}/stages/{stage}/entries/{entries[i]}/marks/{criterion}", judgeToken, new { points = first - 7 * i });
                await api.Post($"{c}/stages/{stage}/entries/{entries[i]}/sheet/submit", judgeToken);
            }
            await api.Post($"{c}/stages/{stage}/close", org);
        }
        await api.Post($"{c}/categories/{cat}/awards/propose", org, null, HttpStatusCode.OK);
        await api.Post($"{c}/categories/{cat}/awards/notice", org, new { days = 7 });
        await StatusBecomes(api, $"{c}/categories/{cat}/awards", "notice");
        if (confirm)
        {
            clock.Advance(TimeSpan.FromDays(8));
            await api.Post($"{c}/categories/{cat}/awards/confirm", org);
            await StatusBecomes(api, $"{c}/categories/{cat}/awards", "confirmed");
            // The leaderboard shows the confirmed tiers once the daemon has passed the confirmation.
            await Eventually.True(async () => (await api.Get($"{c}/categories/{cat}/leaderboard"))["rows"]!.AsArray().Any(r => r!["award"] is not null));
        }
        return new(cid, cat, org, entries);
    }

    static Task StatusBecomes(ApiClient api, string awards, string status) =>
        Eventually.True(async () => (string?)(await api.Get(awards))["status"] == status, $"The awards did not become {status}");
}
