using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Competition.Bench.Fanout;

/// <summary>
/// The contest the screens watch, set up through the public routes: one category of 20 entries, one
/// open stage of three criteria, a five-judge panel. Marks cycle through every (judge, entry, criterion)
/// slot, each visit changing the value, so every PUT appends an event and moves the board.
/// </summary>
internal sealed class FanoutContest
{
    const int Entries = 20;
    readonly HttpClient http;
    readonly List<(Guid Id, string Token)> judges = [];
    readonly List<Guid> entries = [];
    readonly List<Guid> criteria = [];
    Guid stage;
    string organizerToken = "";

    FanoutContest(HttpClient http) => this.http = http;

    public Guid Contest { get; private set; }
    public Guid Category { get; private set; }
    string C => $"/api/contests/{Contest}";

    /// <summary>One PUT: which sheet slot, the value sent, when the API answered (Stopwatch ticks).</summary>
    public sealed record Mark(Guid Judge, Guid Entry, Guid Criterion, decimal Points, long AnsweredAt);

    public static async Task<FanoutContest> SetUpAsync(HttpClient http, string adminKey)
    {
        var contest = new FanoutContest(http);
        var created = await contest.SendAsync(HttpMethod.Post, "/api/contests", adminKey, new { name = "Fan-out bench", kind = "skills" });
        contest.Contest = Guid.Parse((string)created!["id"]!);
        contest.organizerToken = (string)created["organizerToken"]!;
        await contest.SetUpAsync();
        return contest;
    }

    async Task SetUpAsync()
    {
        Category = await CreateAsync($"{C}/categories", new { name = "Electrician", entryType = "individual" });
        stage = await CreateAsync($"{C}/categories/{Category}/stages", new { name = "Practical", weight = 100, aggregation = new { rule = "trimmedMean", trim = 1 } });
        foreach (var (name, max, kind) in new[] { ("Wiring", 40, "judgement"), ("Finish", 30, "judgement"), ("Insulation test", 30, "measurement") })
            criteria.Add(await CreateAsync($"{C}/stages/{stage}/criteria", new { name, maxPoints = max, kind }));
        for (var j = 1; j <= 5; j++)
        {
            var judge = await SendAsync(HttpMethod.Post, $"{C}/judges", organizerToken,
                new { name = $"Judge {j}", organization = $"Panel {j}", categoryIds = new[] { Category } });
            judges.Add((Guid.Parse((string)judge!["id"]!), (string)judge["token"]!));
        }
        await SendAsync(HttpMethod.Post, $"{C}/registration/open", organizerToken, null);
        for (var e = 1; e <= Entries; e++)
            entries.Add(await CreateAsync($"{C}/entries", new { categoryId = Category, name = $"Entrant {e:00}", organization = $"Works {e:00}" }));
        foreach (var entry in entries) await SendAsync(HttpMethod.Post, $"{C}/entries/{entry}/approve", organizerToken, null);
        await SendAsync(HttpMethod.Post, $"{C}/registration/close", organizerToken, null);
        await SendAsync(HttpMethod.Post, $"{C}/categories/{Category}/draw", organizerToken, new { seed = 7 });
        await SendAsync(HttpMethod.Post, $"{C}/stages/{stage}/open", organizerToken, null);
    }

    /// <summary>The <paramref name="n"/>-th mark of the run (n counts across cells so values keep changing).</summary>
    public async Task<Mark> MarkAsync(int n)
    {
        var slots = judges.Count * entries.Count * criteria.Count;
        var (slot, round) = (n % slots, n / slots);
        var judge = judges[slot % judges.Count];
        var entry = entries[slot / judges.Count % entries.Count];
        var criterion = criteria[slot / (judges.Count * entries.Count)];
        decimal points = 10 + (slot + round * 7) % 20;
        await SendAsync(HttpMethod.Put, $"{C}/stages/{stage}/entries/{entry}/marks/{criterion}", judge.Token, new { points });
        return new Mark(judge.Id, entry, criterion, points, Stopwatch.GetTimestamp());
    }

    public async Task<long> BoardSequenceAsync()
    {
        var board = await SendAsync(HttpMethod.Get, $"{C}/categories/{Category}/leaderboard", null, null);
        return (long)board!["sequence"]!;
    }

    /// <summary>The log position of each mark, from the organizer's event feed: matched by slot and value.</summary>
    public async Task<long[]> SequencesAsync(IReadOnlyList<Mark> marks, long after)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{C}/events?after={after}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", organizerToken);
        using var answer = await http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
        var logged = new Dictionary<(Guid, Guid, Guid, double), Queue<long>>();
        foreach (var line in (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var e = JsonNode.Parse(line)!;
            if ((string)e["type"]! is not ("sheet.mark-awarded" or "sheet.mark-corrected")) continue;
            var d = e["data"]!;
            var key = ((Guid)d["judgeId"]!, (Guid)d["entryId"]!, (Guid)d["criterionId"]!, (double)d["points"]!);
            if (!logged.TryGetValue(key, out var queue)) logged[key] = queue = new Queue<long>();
            queue.Enqueue((long)e["sequence"]!);
        }
        return [.. marks.Select(m => logged.TryGetValue((m.Judge, m.Entry, m.Criterion, (double)m.Points), out var q) && q.Count > 0
            ? q.Dequeue() : throw new InvalidOperationException($"Mark {m} is not in the event feed."))];
    }

    async Task<Guid> CreateAsync(string url, object body) =>
        Guid.Parse((string)(await SendAsync(HttpMethod.Post, url, organizerToken, body))!["id"]!);

    async Task<JsonNode?> SendAsync(HttpMethod method, string url, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        using var answer = await http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {url} answered {(int)answer.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
