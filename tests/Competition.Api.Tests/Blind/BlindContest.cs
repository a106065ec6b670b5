using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Competition.Api.Tests.Blind;

/// Every answer a test received, as text, with who asked and what: searched afterwards for anything joining a work code
/// to its entry.
public sealed class Answers(HttpClient http)
{
    public List<(string Who, string What, string Text)> All { get; } = [];

    public async Task<(HttpStatusCode Status, string Text)> SendAsync(string who, HttpMethod method, string url, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        lock (All) All.Add((who, $"{method} {url} {(int)response.StatusCode}", text));
        return (response.StatusCode, text);
    }

    public async Task<JsonNode> GetAsync(string who, string url, string? token = null)
    {
        var (status, text) = await SendAsync(who, HttpMethod.Get, url, token);
        status.ShouldBe(HttpStatusCode.OK, $"GET {url} answered {text}");
        return JsonNode.Parse(text)!;
    }

    public void Add(string who, string what, string text)
    {
        lock (All) All.Add((who, what, text));
    }
}

/// A category of four workers with a theory stage (30, marked by bib) and a blind practical stage (70, marked by work
/// code), each with one criterion out of 100; a theory judge, and two practical judges: the chief, and one of Plant 4's
/// organization (so recused from Worker Delta). Drawn, both stages open.
public sealed record BlindContest(
    string Id, string Organizer, string Category, string Theory, string Practical, string TheoryCriterion, string PracticalCriterion,
    IReadOnlyList<(string Id, string Name)> Entries, string TheoryJudge, string PracticalJudge, string PracticalJudgeId,
    string RecusedJudge, string RecusedJudgeId)
{
    public static readonly string[] Names = ["Worker Alpha", "Worker Bravo", "Worker Charlie", "Worker Delta"];

    public string Path => $"/api/contests/{Id}";
    public string Mark(string stage, string entry, string criterion) => $"{Path}/stages/{stage}/entries/{entry}/marks/{criterion}";
    public string Submit(string stage, string entry) => $"{Path}/stages/{stage}/entries/{entry}/sheet/submit";
    public string Reopen(string stage, string entry, string judge) => $"{Path}/stages/{stage}/entries/{entry}/sheets/{judge}/reopen";
    public string Board => $"{Path}/categories/{Category}/leaderboard";

    public static async Task<BlindContest> CreateAsync(Support.ApiClient api)
    {
        var created = (await api.Post("/api/contests", Support.ApiFactory.AdminKey, new { name = "成果加密 Blind final", kind = "skills" }, HttpStatusCode.Created))!;
        var (id, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var c = $"/api/contests/{id}";
        var cat = await api.Create($"{c}/categories", org, new { name = "Electrician", entryType = "individual" });
        var theory = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "Theory", weight = 30, aggregation = new { rule = "mean" } });
        var practical = await api.Create($"{c}/categories/{cat}/stages", org,
            new { name = "Practical", weight = 70, aggregation = new { rule = "mean" }, blind = true });
        var quiz = await api.Create($"{c}/stages/{theory}/criteria", org, new { name = "Quiz", maxPoints = 100, kind = "measurement" });
        var work = await api.Create($"{c}/stages/{practical}/criteria", org, new { name = "Work piece", maxPoints = 100, kind = "judgement" });
        await api.Post($"{c}/registration/open", org);
        var entries = new List<(string, string)>();
        for (var i = 0; i < Names.Length; i++)
        {
            var entry = await api.Create($"{c}/entries", org, new { categoryId = cat, name = Names[i], organization = $"Plant {i + 1}" });
            await api.Post($"{c}/entries/{entry}/approve", org);
            entries.Add((entry.ToString(), Names[i]));
        }
        await api.Post($"{c}/registration/close", org);
        async Task<JsonNode> Judge(string name, string organization, Guid stage, bool chief = false) =>
            (await api.Post($"{c}/judges", org, new { name, organization, categoryIds = new[] { cat }, stageIds = new[] { stage }, chief },
                HttpStatusCode.Created))!;
        var theoryJudge = await Judge("Theory judge", "Judges' union", theory);
        var practicalJudge = await Judge("Practical judge", "Judges' union", practical, chief: true);
        var recused = await Judge("Plant 4 judge", "Plant 4", practical);
        await api.Post($"{c}/categories/{cat}/draw", org, new { seed = 2026 }, HttpStatusCode.OK);
        await api.Post($"{c}/stages/{theory}/open", org);
        await api.Post($"{c}/stages/{practical}/open", org);
        return new(id, org, cat.ToString(), theory.ToString(), practical.ToString(), quiz.ToString(), work.ToString(), entries,
            (string)theoryJudge["token"]!, (string)practicalJudge["token"]!, (string)practicalJudge["id"]!,
            (string)recused["token"]!, (string)recused["id"]!);
    }
}
