using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Competition.Bench.Fanout;

/// <summary>
/// The contest the screens watch, set up through the public routes: one category of <see cref="FanoutBoard.Entries"/>
/// entries (imported as CSV, approved, drawn), one open stage of three criteria, a five-judge panel. Which sheet slot
/// each mark goes to, and its value, is the <see cref="MarkPlan"/>'s; on a window the leaders are marked before the
/// screens connect, so its rows are known.
/// </summary>
internal sealed class FanoutContest
{
    /// <summary>Requests at a time while setting up: enough to keep the API busy, few enough not to queue behind each other.</summary>
    const int SetUpConcurrency = 8;
    readonly HttpClient http;
    readonly List<(Guid Id, string Token)> judges = [];
    readonly List<Guid> entries = [];
    readonly List<Guid> criteria = [];
    MarkPlan plan = null!;
    Guid stage;
    string organizerToken = "";

    FanoutContest(HttpClient http, FanoutBoard board) => (this.http, Board) = (http, board);

    public Guid Contest { get; private set; }
    public Guid Category { get; private set; }
    public FanoutBoard Board { get; }
    /// <summary>Registration to the leaders on top of the board, ready to be watched.</summary>
    public TimeSpan SetUpTime { get; private set; }
    string C => $"/api/contests/{Contest}";

    /// <summary>One PUT: which sheet slot, the value sent, when the API answered (Stopwatch ticks), and whether it is timed
    /// (on a window, only the leaders' marks are: the others must reach no screen).</summary>
    public sealed record Mark(Guid Judge, Guid Entry, Guid Criterion, decimal Points, long AnsweredAt, bool Timed = true);

    public static async Task<FanoutContest> SetUpAsync(HttpClient http, string adminKey, FanoutBoard? board = null)
    {
        var clock = Stopwatch.StartNew();
        var contest = new FanoutContest(http, board ?? FanoutBoard.Default);
        var created = await contest.SendAsync(HttpMethod.Post, "/api/contests", adminKey, new { name = "Fan-out bench", kind = "skills" });
        contest.Contest = Guid.Parse((string)created!["id"]!);
        contest.organizerToken = (string)created["organizerToken"]!;
        await contest.SetUpAsync();
        contest.SetUpTime = clock.Elapsed;
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
        plan = new MarkPlan(Board, judges.Count, criteria.Count);
        await SendAsync(HttpMethod.Post, $"{C}/registration/open", organizerToken, null);
        entries.AddRange(await RegisterAsync());
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = SetUpConcurrency },
            async (entry, _) => await SendAsync(HttpMethod.Post, $"{C}/entries/{entry}/approve", organizerToken, null));
        await SendAsync(HttpMethod.Post, $"{C}/registration/close", organizerToken, null);
        await SendAsync(HttpMethod.Post, $"{C}/categories/{Category}/draw", organizerToken, new { seed = 7 });
        await SendAsync(HttpMethod.Post, $"{C}/stages/{stage}/open", organizerToken, null);
        if (!Board.Windowed) return;
        await Parallel.ForEachAsync(plan.LeadersSetUp(), new ParallelOptions { MaxDegreeOfParallelism = SetUpConcurrency },
            async (slot, _) => await PutAsync(slot));
        await LeadersOnTopAsync();
    }

    /// <summary>
    /// The entries through the CSV import, one request per 5,000 lines (the import's limit) rather than one per entry,
    /// their ids from the contest's event feed, in the order of their (numbered) names.
    /// </summary>
    async Task<List<Guid>> RegisterAsync()
    {
        const int LinesPerImport = 5000;
        var digits = Math.Max(2, Board.Entries.ToString(CultureInfo.InvariantCulture).Length);
        string Number(int e) => e.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
        for (var first = 1; first <= Board.Entries; first += LinesPerImport)
        {
            var csv = new StringBuilder("category,name,organization,members\n");
            for (var e = first; e < first + LinesPerImport && e <= Board.Entries; e++)
                csv.Append(CultureInfo.InvariantCulture, $"{Category},Entrant {Number(e)},Works {Number(e)},\n");
            await SendAsync(HttpMethod.Post, $"{C}/entries/import", organizerToken, new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        }
        var registered = new List<(string Name, Guid Id)>();
        foreach (var e in await EventsAsync(0))
            if ((string)e["type"]! == "entry.registered")
                registered.Add(((string)e["data"]!["name"]!, (Guid)e["data"]!["entryId"]!));
        if (registered.Count != Board.Entries) throw new InvalidOperationException($"{registered.Count} entries registered, not {Board.Entries}.");
        return [.. registered.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => r.Id)];
    }

    /// <summary>Waits for the window the screens will be sent first: the leaders, and the whole board's count.</summary>
    async Task LeadersOnTopAsync()
    {
        var leaders = entries.Take(Board.Leaders).ToHashSet();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var window = await SendAsync(HttpMethod.Get, $"{C}/categories/{Category}/leaderboard?top={Board.Top}", null, null);
            var shown = window!["rows"]!.AsArray().Select(r => (Guid)r!["entryId"]!).ToHashSet();
            var count = (int)window["count"]!;
            if (shown.SetEquals(leaders) && count == Board.Entries) return;
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException($"The top {Board.Top} are not the leaders ({shown.Intersect(leaders).Count()} of them shown, count {count} of {Board.Entries}).");
            await Task.Delay(100);
        }
    }

    /// <summary>The <paramref name="n"/>-th mark of the run (n counts across cells so values keep changing).</summary>
    public Task<Mark> MarkAsync(int n) => PutAsync(plan.Next(n));

    async Task<Mark> PutAsync(MarkPlan.Slot slot)
    {
        var (judge, entry, criterion) = (judges[slot.Judge], entries[slot.Entry], criteria[slot.Criterion]);
        await SendAsync(HttpMethod.Put, $"{C}/stages/{stage}/entries/{entry}/marks/{criterion}", judge.Token, new { points = slot.Points });
        return new Mark(judge.Id, entry, criterion, slot.Points, Stopwatch.GetTimestamp(), slot.Timed);
    }

    public async Task<long> BoardSequenceAsync()
    {
        // One row is enough for the sequence; a whole board of thousands would be most of the drain's work.
        var board = await SendAsync(HttpMethod.Get, $"{C}/categories/{Category}/leaderboard?top=1", null, null);
        return (long)board!["sequence"]!;
    }

    /// <summary>The log position of each mark, from the organizer's event feed: matched by slot and value.</summary>
    public async Task<long[]> SequencesAsync(IReadOnlyList<Mark> marks, long after)
    {
        var logged = new Dictionary<(Guid, Guid, Guid, double), Queue<long>>();
        foreach (var e in await EventsAsync(after))
        {
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

    async Task<List<JsonNode>> EventsAsync(long after)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{C}/events?after={after}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", organizerToken);
        using var answer = await http.SendAsync(request);
        answer.EnsureSuccessStatusCode();
        return [.. (await answer.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)];
    }

    async Task<JsonNode?> SendAsync(HttpMethod method, string url, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = body as HttpContent ?? JsonContent.Create(body, options: JsonSerializerOptions.Web);
        using var answer = await http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {url} answered {(int)answer.StatusCode}: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}
