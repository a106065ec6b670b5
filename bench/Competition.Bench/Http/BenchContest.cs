using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Competition.TestSupport;

namespace Competition.Bench.Http;

/// <summary>
/// The benchmarks' view of a <see cref="MarkingContest"/>: one category with one open stage of judgement
/// criteria (0–<see cref="MaxPoints"/>), approved and drawn entries, and judges no entry shares an
/// organization with, so every judge owns one sheet per entry.
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
        var contest = await MarkingContest.SetUpAsync(http, ApiUnderTest.AdminKey, entries, judges, criteria);
        return new BenchContest
        {
            Id = contest.ContestId, OrganizerToken = contest.OrganizerToken, Category = contest.CategoryId, Stage = contest.StageId,
            Criteria = [.. contest.Criteria], Entries = [.. contest.Entries], Judges = [.. contest.Judges.Select(j => new BenchJudge(j.Id, j.Token))],
        };
    }

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
