using System.Net;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.BadInput;

/// The points contests bad requests aim at: P in season (a category with a reasons table, its judge and the judge of a
/// second category, an approved and a pending entry, one grant) and PF, finished.
public static class PointsSetUp
{
    public static async Task AddAsync(ApiClient api, Dictionary<string, string> values)
    {
        var (p, orgP) = await ContestAsync(api, "P");
        var catP = await api.Create($"{p}/categories", orgP, new { name = "安全", entryType = "individual" });
        var otherP = await api.Create($"{p}/categories", orgP, new { name = "创新", entryType = "individual" });
        await api.Create($"{p}/categories/{catP}/reasons", orgP, new { code = "TRAIN", name = "培训", points = 5, capPerEntry = 20 });
        await api.Create($"{p}/categories/{catP}/reasons", orgP, new { code = "HAZ", name = "隐患", points = 2.5 });
        var judgeP = await JudgeAsync(api, p, orgP, catP);
        var otherJudgeP = await JudgeAsync(api, p, orgP, otherP);
        await api.Post($"{p}/registration/open", orgP);
        var entryP = await api.Create($"{p}/entries", orgP, new { categoryId = catP, name = "一班", organization = "一厂" });
        await api.Post($"{p}/entries/{entryP}/approve", orgP);
        var pendingP = await api.Create($"{p}/entries", orgP, new { categoryId = catP, name = "二班", organization = "二厂" });
        var grantP = await api.Create($"{p}/points", orgP, new { entryId = entryP, reasonCode = "HAZ", occurredOn = "2026-02-01" });

        var (pf, orgPF) = await ContestAsync(api, "PF");
        var catPF = await api.Create($"{pf}/categories", orgPF, new { name = "安全", entryType = "individual" });
        await api.Create($"{pf}/categories/{catPF}/reasons", orgPF, new { code = "TRAIN", name = "培训", points = 5 });
        await api.Post($"{pf}/registration/open", orgPF);
        var entryPF = await api.Create($"{pf}/entries", orgPF, new { categoryId = catPF, name = "三班", organization = "三厂" });
        await api.Post($"{pf}/entries/{entryPF}/approve", orgPF);
        var grantPF = await api.Create($"{pf}/points", orgPF, new { entryId = entryPF, reasonCode = "TRAIN", occurredOn = "2026-02-01" });
        await api.Post($"{pf}/finish", orgPF);

        foreach (var (key, value) in new (string, object)[]
        {
            ("cP", p[14..]), ("orgP", orgP), ("catP", catP), ("otherP", otherP), ("judgeP", judgeP), ("otherJudgeP", otherJudgeP),
            ("entryP", entryP), ("pendingP", pendingP), ("grantP", grantP),
            ("cPF", pf[14..]), ("orgPF", orgPF), ("catPF", catPF), ("entryPF", entryPF), ("grantPF", grantPF),
        })
            values[key] = value.ToString()!;
    }

    static async Task<(string Url, string Token)> ContestAsync(ApiClient api, string name)
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = $"积分 {name}", kind = "points" }, HttpStatusCode.Created))!;
        return ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
    }

    static async Task<string> JudgeAsync(ApiClient api, string c, string org, Guid category) =>
        (string)(await api.Post($"{c}/judges", org, new { name = "评委", organization = "监督站", categoryIds = new[] { category } }, HttpStatusCode.Created))!["token"]!;
}
