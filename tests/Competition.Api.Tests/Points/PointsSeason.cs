using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Points;

/// A points contest set up through the public routes: categories 安全 and 创新, a reasons table, approved entries
/// and a judge of each category.
public sealed class PointsSeason(ApiClient api)
{
    public string C { get; private set; } = "";
    public string Org { get; private set; } = "";
    public Guid Safety { get; private set; }
    public Guid Innovation { get; private set; }
    public string SafetyJudge { get; private set; } = "";
    public string InnovationJudge { get; private set; } = "";
    public List<Guid> Entries { get; } = [];
    public List<Guid> InnovationEntries { get; } = [];

    /// Code → (points per unit, cap): the test's own copy of the table it scores with.
    public static readonly Dictionary<string, (decimal Points, decimal? Cap)> Table = new()
    {
        ["TRAIN"] = (5, 30), ["HAZ"] = (2.5m, null), ["PROP"] = (8, 16), ["ACC"] = (-6, null),
    };

    public async Task<PointsSeason> SetUpAsync(int entries)
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "安全生产积分赛", kind = "points" }, HttpStatusCode.Created))!;
        (C, Org) = ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        Safety = await api.Create($"{C}/categories", Org, new { name = "安全", entryType = "individual" });
        Innovation = await api.Create($"{C}/categories", Org, new { name = "创新", entryType = "individual" });
        foreach (var (code, (points, cap)) in Table)
            await api.Create($"{C}/categories/{Safety}/reasons", Org, cap is null ? new { code, name = $"事由 {code}", points } : new { code, name = $"事由 {code}", points, capPerEntry = cap });
        await api.Create($"{C}/categories/{Innovation}/reasons", Org, new { code = "TRAIN", name = "培训", points = 1 });
        SafetyJudge = await AppointAsync("评委甲", Safety);
        InnovationJudge = await AppointAsync("评委乙", Innovation);
        await api.Post($"{C}/registration/open", Org);
        for (var i = 0; i < entries; i++) Entries.Add(await EntryAsync(Safety, $"班组 {i}"));
        InnovationEntries.Add(await EntryAsync(Innovation, "创新班组"));
        return this;
    }

    async Task<string> AppointAsync(string name, Guid category) =>
        (string)(await api.Post($"{C}/judges", Org, new { name, organization = "监督站", categoryIds = new[] { category } }, HttpStatusCode.Created))!["token"]!;

    public async Task<Guid> EntryAsync(Guid category, string name, bool approve = true)
    {
        var id = await api.Create($"{C}/entries", Org, new { categoryId = category, name, organization = $"{name} 单位" });
        if (approve) await api.Post($"{C}/entries/{id}/approve", Org);
        return id;
    }

    /// Posts a grant; its id and the Event-Sequence of the answer.
    public async Task<(Guid Id, long Sequence)> GrantAsync(string token, Guid entry, string code, int? quantity = null)
    {
        object body = quantity is null
            ? new { entryId = entry, reasonCode = code, occurredOn = "2026-03-15" }
            : new { entryId = entry, reasonCode = code, quantity, occurredOn = "2026-03-15", note = "月度检查" };
        var (answer, text) = await SendAsync(HttpMethod.Post, $"{C}/points", token, body);
        ((int)answer.StatusCode).ShouldBe(201, text);
        return (Guid.Parse((string)JsonNode.Parse(text)!["id"]!), Sequence(answer));
    }

    public async Task<(HttpResponseMessage Answer, string Text)> SendAsync(HttpMethod method, string url, string? token, object? body = null,
        string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        var answer = await api.Http.SendAsync(request);
        return (answer, await answer.Content.ReadAsStringAsync());
    }

    public static long Sequence(HttpResponseMessage answer) => long.Parse(answer.Headers.GetValues("Event-Sequence").Single());

    public Task<JsonNode> StandingsAsync(Guid category, long after, string query = "") =>
        api.Get($"{C}/categories/{category}/standings?after={after}{query}");
}
