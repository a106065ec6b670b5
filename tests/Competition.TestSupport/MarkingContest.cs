using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Competition.TestSupport;

/// A contest set up through the public routes (used by the fault tests and the HTTP benchmarks) and left with one open stage, ready for marks:
/// every judge sits on the stage's panel, no judge shares an organization with an entry.
public sealed record MarkingContest(
    Guid ContestId, string OrganizerToken, Guid CategoryId, Guid StageId,
    IReadOnlyList<Guid> Criteria, IReadOnlyList<Guid> Entries, IReadOnlyList<MarkingContest.Judge> Judges)
{
    public sealed record Judge(Guid Id, string Token);

    public string MarkUrl(Guid entry, Guid criterion) =>
        $"/api/contests/{ContestId}/stages/{StageId}/entries/{entry}/marks/{criterion}";

    public string SubmitUrl(Guid entry) => $"/api/contests/{ContestId}/stages/{StageId}/entries/{entry}/sheet/submit";

    public string LeaderboardUrl => $"/api/contests/{ContestId}/categories/{CategoryId}/leaderboard";

    public static async Task<MarkingContest> SetUpAsync(HttpClient http, string adminKey, int entries, int judges, int criteria)
    {
        var created = await Send(http, HttpMethod.Post, "/api/contests", adminKey, new { name = "故障演练 Fault drill", kind = "skills" });
        var cid = Guid.Parse((string)created!["id"]!);
        var org = (string)created["organizerToken"]!;
        var c = $"/api/contests/{cid}";

        var category = await Id(http, $"{c}/categories", org, new { name = "Electrician", entryType = "individual" });
        var stage = await Id(http, $"{c}/categories/{category}/stages", org, new { name = "Practical", weight = 100, aggregation = new { rule = "mean" } });
        var criterionIds = new List<Guid>();
        for (var i = 0; i < criteria; i++)
            criterionIds.Add(await Id(http, $"{c}/stages/{stage}/criteria", org, new { name = $"Criterion {i + 1}", maxPoints = 100, kind = "judgement" }));

        var judgeList = new List<Judge>();
        for (var j = 0; j < judges; j++)
        {
            var judge = await Send(http, HttpMethod.Post, $"{c}/judges", org,
                new { name = $"Judge {j + 1}", organization = $"Judges' union {j + 1}", categoryIds = new[] { category } });
            judgeList.Add(new Judge(Guid.Parse((string)judge!["id"]!), (string)judge["token"]!));
        }

        await Send(http, HttpMethod.Post, $"{c}/registration/open", org, null);
        var entryIds = new List<Guid>();
        for (var e = 0; e < entries; e++)
        {
            var entry = await Id(http, $"{c}/entries", org, new { categoryId = category, name = $"Worker {e + 1}", organization = $"Plant {e + 1}" });
            await Send(http, HttpMethod.Post, $"{c}/entries/{entry}/approve", org, null);
            entryIds.Add(entry);
        }
        await Send(http, HttpMethod.Post, $"{c}/registration/close", org, null);
        await Send(http, HttpMethod.Post, $"{c}/categories/{category}/draw", org, new { seed = 7 });
        await Send(http, HttpMethod.Post, $"{c}/stages/{stage}/open", org, null);
        return new MarkingContest(cid, org, category, stage, criterionIds, entryIds, judgeList);
    }

    static async Task<Guid> Id(HttpClient http, string url, string token, object body) =>
        Guid.Parse((string)(await Send(http, HttpMethod.Post, url, token, body))!["id"]!);

    static async Task<JsonNode?> Send(HttpClient http, HttpMethod method, string url, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var answer = await http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode) throw new HttpRequestException($"{method} {url} answered {(int)answer.StatusCode}: {text}", null, answer.StatusCode);
        return answer.StatusCode == HttpStatusCode.NoContent || text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
