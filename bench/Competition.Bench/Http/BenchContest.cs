using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Competition.Bench.Http;

/// <summary>
/// A contest set up through the public routes only: one category with one open stage (weight 100,
/// mean) of judgement criteria, approved and drawn entries of one organization, and judges of other
/// organizations on the stage's panel, so no judge is recused and every judge owns one sheet per entry.
/// </summary>
internal sealed class BenchContest
{
    public const int MaxPoints = 100;

    public required Guid Id { get; init; }
    public required string OrganizerToken { get; init; }
    public required Guid Category { get; init; }
    public required Guid Stage { get; init; }
    public required Guid[] Criteria { get; init; }
    public required Guid[] Entries { get; init; }
    public required BenchJudge[] Judges { get; init; }

    public string MarkUrl(Guid entry, Guid criterion) => $"/api/contests/{Id}/stages/{Stage}/entries/{entry}/marks/{criterion}";

    public static async Task<BenchContest> SetUpAsync(HttpClient http, int judges, int entries, int criteria)
    {
        var created = await SendAsync(http, HttpMethod.Post, "/api/contests", ApiUnderTest.AdminKey,
            new { name = "Bench contest", kind = "skills", locale = "en" }, HttpStatusCode.Created);
        var cid = Guid.Parse((string)created!["id"]!);
        var org = (string)created["organizerToken"]!;
        var c = $"/api/contests/{cid}";

        var category = await CreateAsync(http, $"{c}/categories", org, new { name = "Electrician", entryType = "individual" });
        var stage = await CreateAsync(http, $"{c}/categories/{category}/stages", org, new { name = "Practical", weight = 100, aggregation = new { rule = "mean" } });
        var criterionIds = new Guid[criteria];
        for (var i = 0; i < criteria; i++)
            criterionIds[i] = await CreateAsync(http, $"{c}/stages/{stage}/criteria", org, new { name = $"Task {i + 1}", maxPoints = MaxPoints, kind = "judgement" });

        var judgeList = new BenchJudge[judges];
        for (var i = 0; i < judges; i++)
        {
            var judge = await SendAsync(http, HttpMethod.Post, $"{c}/judges", org,
                new { name = $"Judge {i + 1}", organization = $"Panel org {i + 1}", categoryIds = new[] { category } }, HttpStatusCode.Created);
            judgeList[i] = new BenchJudge(Guid.Parse((string)judge!["id"]!), (string)judge["token"]!);
        }

        await SendAsync(http, HttpMethod.Post, $"{c}/registration/open", org, null, HttpStatusCode.NoContent);
        var entryIds = new Guid[entries];
        for (var i = 0; i < entries; i++)
        {
            entryIds[i] = await CreateAsync(http, $"{c}/entries", org, new { categoryId = category, name = $"Entrant {i + 1}", organization = "Entrant works" });
            await SendAsync(http, HttpMethod.Post, $"{c}/entries/{entryIds[i]}/approve", org, null, HttpStatusCode.NoContent);
        }
        await SendAsync(http, HttpMethod.Post, $"{c}/registration/close", org, null, HttpStatusCode.NoContent);
        await SendAsync(http, HttpMethod.Post, $"{c}/categories/{category}/draw", org, new { seed = 7 }, HttpStatusCode.OK);
        await SendAsync(http, HttpMethod.Post, $"{c}/stages/{stage}/open", org, null, HttpStatusCode.NoContent);

        return new BenchContest
        {
            Id = cid, OrganizerToken = org, Category = category, Stage = stage, Criteria = criterionIds, Entries = entryIds, Judges = judgeList,
        };
    }

    static async Task<Guid> CreateAsync(HttpClient http, string url, string token, object body) =>
        Guid.Parse((string)(await SendAsync(http, HttpMethod.Post, url, token, body, HttpStatusCode.Created))!["id"]!);

    public static async Task<JsonNode?> SendAsync(HttpClient http, HttpMethod method, string url, string token, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{method} {url} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}

internal sealed record BenchJudge(Guid Id, string Token);
