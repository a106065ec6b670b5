using System.Text.Json;

namespace Competition.Browser.Tests;

/// <summary>A contest set up through the API: one category, Theory (30) and Practical (70) with one
/// 10-point judgement criterion each, the given entries approved and drawn, two judges, stages open.</summary>
public sealed record SeededContest(
    string Id, string OrganizerToken, string CategoryId, string TheoryId, string PracticalId,
    string TheoryCriterionId, string PracticalCriterionId, IReadOnlyDictionary<string, string> EntryIds,
    IReadOnlyDictionary<string, int> Bibs, string JudgeToken, string JudgeId, string OtherJudgeToken)
{
    public static Task<SeededContest> CreateAsync(Api api, string name, params (string Name, string Organization)[] entries) =>
        CreateAsync(api, name, blindPractical: false, entries);

    public static Task<SeededContest> CreateAsync(Api api, string name, bool blindPractical, params (string Name, string Organization)[] entries) =>
        CreateAsync(api, name, blindPractical, hiddenBoard: false, entries);

    public static Task<SeededContest> CreateAsync(
        Api api, string name, bool blindPractical, bool hiddenBoard, params (string Name, string Organization)[] entries) =>
        CreateAsync(api, name, blindPractical, hiddenBoard, [], entries);

    /// <param name="blindPractical">Practical is a blind stage: its judges mark work codes (成果号).</param>
    /// <param name="hiddenBoard">The category's board is hidden until revealed (揭晓).</param>
    /// <param name="moreTheoryCriteria">Criteria of Theory after "Written test".</param>
    public static async Task<SeededContest> CreateAsync(
        Api api, string name, bool blindPractical, bool hiddenBoard, (string Name, decimal MaxPoints, string Kind)[] moreTheoryCriteria,
        params (string Name, string Organization)[] entries)
    {
        var created = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name, kind = "skills", locale = "en" });
        var id = created.GetProperty("id").GetString()!;
        var token = created.GetProperty("organizerToken").GetString()!;
        var c = $"/api/contests/{id}";
        var category = await api.IdAsync($"{c}/categories", token, new { name = "Electrician", entryType = "individual", board = hiddenBoard ? "hidden" : "public" });
        var theory = await api.IdAsync($"{c}/categories/{category}/stages", token, new { name = "Theory", weight = 30, aggregation = new { rule = "mean" } });
        var practical = await api.IdAsync($"{c}/categories/{category}/stages", token, new { name = "Practical", weight = 70, aggregation = new { rule = "mean" }, blind = blindPractical });
        var theoryCriterion = await api.IdAsync($"{c}/stages/{theory}/criteria", token, new { name = "Written test", maxPoints = 10, kind = "judgement" });
        foreach (var (criterion, maxPoints, kind) in moreTheoryCriteria)
            await api.IdAsync($"{c}/stages/{theory}/criteria", token, new { name = criterion, maxPoints, kind });
        var practicalCriterion = await api.IdAsync($"{c}/stages/{practical}/criteria", token, new { name = "Quality", maxPoints = 10, kind = "judgement" });
        await api.SendAsync(HttpMethod.Put, $"{c}/categories/{category}/award-policy", token,
            new { tiers = new[] { new { name = "Gold", share = 0.34m }, new { name = "Silver", share = 0.33m } }, minimumScore = 0 });
        await api.PostAsync($"{c}/registration/open", token);
        var ids = new Dictionary<string, string>();
        foreach (var (entryName, organization) in entries)
        {
            ids[entryName] = await api.IdAsync($"{c}/entries", token, new { categoryId = category, name = entryName, organization });
            await api.PostAsync($"{c}/entries/{ids[entryName]}/approve", token);
        }
        await api.PostAsync($"{c}/registration/close", token);
        var judge = await api.PostAsync($"{c}/judges", token, new { name = "Zhang Wei", organization = "Referee Board", categoryIds = new[] { category } });
        var other = await api.PostAsync($"{c}/judges", token, new { name = "Chen Jing", organization = "Referee Board", categoryIds = new[] { category } });
        var drawn = await api.PostAsync($"{c}/categories/{category}/draw", token, new { seed = "7" });
        var bibs = drawn.EnumerateArray().ToDictionary(d => d.GetProperty("entryId").GetString()!, d => d.GetProperty("bib").GetInt32());
        await api.PostAsync($"{c}/stages/{theory}/open", token);
        await api.PostAsync($"{c}/stages/{practical}/open", token);
        return new(id, token, category, theory, practical, theoryCriterion, practicalCriterion, ids,
            ids.ToDictionary(e => e.Key, e => bibs[e.Value]),
            judge.GetProperty("token").GetString()!, judge.GetProperty("id").GetString()!, other.GetProperty("token").GetString()!);
    }

    public Task MarkAsync(Api api, string judgeToken, string stageId, string criterionId, string entryName, decimal points) =>
        api.SendAsync(HttpMethod.Put, $"/api/contests/{Id}/stages/{stageId}/entries/{EntryIds[entryName]}/marks/{criterionId}", judgeToken, new { points });
}
