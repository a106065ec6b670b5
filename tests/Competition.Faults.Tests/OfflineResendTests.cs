using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Competition.Domain;
using Competition.TestHost;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Faults.Tests;

/// A tablet that was offline resends its queue many times, in any order, also after the sheet was
/// submitted and after it was reopened and changed. Each judge action carries one Idempotency-Key
/// for all its resends: nothing is written twice, and the sheet ends as the judge last set it.
public sealed class OfflineResendTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    const string AdminKey = "offline-test-admin-key-0123456789";

    sealed record Action(string Key, Guid Criterion, decimal Points);

    [Fact]
    public async Task Resends_in_any_order_write_nothing_twice_and_the_marks_stay_as_the_judge_last_set_them()
    {
        await using var host = new ApiHost(database.ConnectionString, AdminKey);
        using var http = host.CreateClient();
        var contest = await MarkingContest.SetUpAsync(http, AdminKey, entries: 1, judges: 1, criteria: 3);
        var (judge, entry) = (contest.Judges[0], contest.Entries[0]);
        var sheet = StreamIds.Sheet(judge.Id, entry, contest.StageId);
        var random = new Random(5);

        // While open, the judge changes each criterion a few times; the tablet sends each action once.
        var before = Actions(contest, random, count: 9);
        foreach (var action in before) (await Put(http, contest, judge, entry, action)).ShouldBe(200);
        var eventsWhileOpen = await EventCountAsync(sheet);
        await ResendAsync(http, contest, judge, entry, before, random, rounds: 5);
        (await EventCountAsync(sheet)).ShouldBe(eventsWhileOpen, "resends of written actions write nothing");

        await Send(http, HttpMethod.Post, contest.SubmitUrl(entry), judge.Token, null);
        await ResendAsync(http, contest, judge, entry, before, random, rounds: 5);
        (await EventCountAsync(sheet)).ShouldBe(eventsWhileOpen + 1, "only the submission was added");

        await Send(http, HttpMethod.Post, $"/api/contests/{contest.ContestId}/stages/{contest.StageId}/entries/{entry}/sheets/{judge.Id}/reopen",
            contest.OrganizerToken, new { reason = "Recount" });
        var after = Actions(contest, random, count: 6);
        foreach (var action in after) (await Put(http, contest, judge, entry, action)).ShouldBe(200);
        var eventsAfterReopen = await EventCountAsync(sheet);

        // Every action ever queued, resent out of order, several at once.
        await ResendAsync(http, contest, judge, entry, [.. before, .. after], random, rounds: 8, parallel: true);
        (await EventCountAsync(sheet)).ShouldBe(eventsAfterReopen);

        var log = await SheetLog.ReadAsync(database.ConnectionString);
        var lastSet = before.Concat(after).GroupBy(a => a.Criterion).ToDictionary(g => g.Key, g => g.Last().Points);
        foreach (var (criterion, points) in lastSet) log.PointsAt(sheet, criterion).ShouldBe(points);

        // What the tablet reads back once online (the read model may trail the answer by a moment).
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var marks = JsonNode.Parse(await Get(http, "/api/judge/me", judge.Token))!["assignments"]![0]!["sheet"]!["marks"]!;
            var shown = lastSet.Keys.ToDictionary(c => c, c => (decimal?)marks[c.ToString()]);
            if (lastSet.All(kv => shown[kv.Key] == kv.Value)) break;
            if (DateTime.UtcNow > deadline) shown.ShouldBe(lastSet.ToDictionary(kv => kv.Key, kv => (decimal?)kv.Value));
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task An_Idempotency_Key_that_is_not_visible_ASCII_or_too_long_is_refused()
    {
        await using var host = new ApiHost(database.ConnectionString, AdminKey);
        using var http = host.CreateClient();
        var contest = await MarkingContest.SetUpAsync(http, AdminKey, entries: 1, judges: 1, criteria: 1);
        var (judge, entry) = (contest.Judges[0], contest.Entries[0]);
        (await Put(http, contest, judge, entry, new Action(new string('k', 101), contest.Criteria[0], 5))).ShouldBe(400);
        (await Put(http, contest, judge, entry, new Action("键", contest.Criteria[0], 5))).ShouldBe(400);
        (await EventCountAsync(StreamIds.Sheet(judge.Id, entry, contest.StageId))).ShouldBe(0);
    }

    static List<Action> Actions(MarkingContest contest, Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Action(Guid.NewGuid().ToString("N"), contest.Criteria[i % contest.Criteria.Count], random.Next(0, 101)))];

    static async Task ResendAsync(HttpClient http, MarkingContest contest, MarkingContest.Judge judge, Guid entry,
        List<Action> actions, Random random, int rounds, bool parallel = false)
    {
        for (var round = 0; round < rounds; round++)
        {
            var shuffled = actions.OrderBy(_ => random.Next()).ToList();
            var statuses = parallel
                ? await Task.WhenAll(shuffled.Select(a => Put(http, contest, judge, entry, a)))
                : await SequentialAsync(shuffled, a => Put(http, contest, judge, entry, a));
            statuses.ShouldAllBe(s => s == 200, "a resend of a written action is answered as before");
        }
    }

    static async Task<int[]> SequentialAsync(List<Action> actions, Func<Action, Task<int>> send)
    {
        var statuses = new List<int>();
        foreach (var action in actions) statuses.Add(await send(action));
        return [.. statuses];
    }

    static async Task<int> Put(HttpClient http, MarkingContest contest, MarkingContest.Judge judge, Guid entry, Action action)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, contest.MarkUrl(entry, action.Criterion))
        {
            Content = JsonContent.Create(new { points = action.Points }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", judge.Token);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", action.Key);
        using var answer = await http.SendAsync(request);
        return (int)answer.StatusCode;
    }

    static async Task Send(HttpClient http, HttpMethod method, string url, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var answer = await http.SendAsync(request);
        answer.IsSuccessStatusCode.ShouldBeTrue($"{method} {url}: {await answer.Content.ReadAsStringAsync()}");
    }

    static async Task<string> Get(HttpClient http, string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var answer = await http.SendAsync(request);
        return await answer.Content.ReadAsStringAsync();
    }

    async Task<long> EventCountAsync(Guid stream)
    {
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM mt_events WHERE stream_id = $1", conn) { Parameters = { new() { Value = stream } } };
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
