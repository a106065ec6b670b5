using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Competition.Projections.Store;
using Microsoft.AspNetCore.SignalR;
using Xunit.Abstractions;

namespace Competition.Live.Tests;

/// <summary>The .NET SignalR client against the API on Kestrel: marks go in over HTTP, boards come out of the hub.</summary>
public sealed class LivePushTests(LiveApiFixture api, ITestOutputHelper output) : IClassFixture<LiveApiFixture>
{
    async Task<ElectricianContest> ContestAsync()
    {
        var c = new ElectricianContest(api);
        await c.SetUpAsync();
        return c;
    }

    async Task<long> PutMarkAsync(ElectricianContest c, string token, Guid stage, Guid entry, Guid criterion, decimal points)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put,
            $"/api/contests/{c.Contest}/stages/{stage}/entries/{entry}/marks/{criterion}") { Content = JsonContent.Create(new { points }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await api.Http.SendAsync(request);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return Stopwatch.GetTimestamp();
    }

    Task<JsonNode> GetBoardAsync(ElectricianContest c) =>
        api.Http.GetFromJsonAsync<JsonNode>($"/api/contests/{c.Contest}/categories/{c.Category}/leaderboard")!;

    static long Sequence(JsonNode? board) => (long)board!["sequence"]!;

    [Fact]
    public async Task Every_mark_arrives_as_a_newer_board_and_the_last_equals_the_GET()
    {
        var c = await ContestAsync();
        (Guid Stage, Guid Entry, Guid Criterion)[] marks = [.. c.Entries.SelectMany(e => new[] { (c.Theory, e, c.T), (c.Practical, e, c.P) })];
        await using var watcher = await BoardWatcher.StartAsync(api.BaseAddress, c.Contest, c.Category);
        var first = await watcher.NextAsync("leaderboard");
        JsonNode.DeepEquals(first.Data, await GetBoardAsync(c)).ShouldBeTrue("the board sent on Watch is the current one");
        var (awardsOnWatch, sequence) = (await watcher.NextAsync("awards"), Sequence(first.Data));
        ((string)awardsOnWatch.Data["status"]!).ShouldBe("none");

        var latencies = new List<double>();
        for (var i = 0; i < marks.Length; i++)
        {
            var answered = await PutMarkAsync(c, c.J2Token, marks[i].Stage, marks[i].Entry, marks[i].Criterion, 10 + i);
            var pushed = await watcher.NextAsync("leaderboard");
            Sequence(pushed.Data).ShouldBeGreaterThan(sequence);
            sequence = Sequence(pushed.Data);
            latencies.Add(Stopwatch.GetElapsedTime(answered, pushed.ReceivedAt).TotalMilliseconds);
        }

        watcher.Healthy.ShouldBeTrue($"the connection stayed up through {marks.Length} pushes: {watcher.State}");
        var get = await GetBoardAsync(c);
        Sequence(get).ShouldBe(sequence);
        latencies.Sort();
        output.WriteLine($"push latency, HTTP answer → SignalR message at the .NET client, {latencies.Count} marks: " +
                         $"min {latencies[0]:F1} ms, median {latencies[latencies.Count / 2]:F1} ms, max {latencies[^1]:F1} ms");
    }

    [Fact]
    public async Task A_burst_of_marks_is_coalesced_and_never_goes_back_in_sequence()
    {
        var c = await ContestAsync();
        await using var watcher = await BoardWatcher.StartAsync(api.BaseAddress, c.Contest, c.Category);
        var boards = new List<JsonNode> { (await watcher.NextAsync("leaderboard")).Data };

        // J1 and J2 on every criterion of E2..E4 (J1 is recused from E1), all at once.
        var criteria = new[] { (c.Theory, c.T), (c.Practical, c.P), (c.Practical, c.D) };
        var burst = (from token in new[] { c.J1Token, c.J2Token }
                     from entry in c.Entries.Skip(1)
                     from criterion in criteria
                     select (token, entry, criterion)).ToList();
        var answers = await Task.WhenAll(burst.Select((m, i) =>
            PutMarkAsync(c, m.token, m.criterion.Item1, m.entry, m.criterion.Item2, 1 + i % 10)));
        var final = await api.CaughtUpAsync();
        var get = await GetBoardAsync(c);

        var lastArrival = 0L;
        while (Sequence(boards[^1]) < Sequence(get))
        {
            var pushed = await watcher.NextAsync("leaderboard");
            boards.Add(pushed.Data);
            lastArrival = pushed.ReceivedAt;
        }

        boards.Select(Sequence).ShouldBeInOrder(SortDirection.Ascending);
        boards.Select(Sequence).Distinct().Count().ShouldBe(boards.Count);
        JsonNode.DeepEquals(boards[^1], get).ShouldBeTrue();
        boards.Count.ShouldBeLessThanOrEqualTo(1 + burst.Count);
        output.WriteLine($"burst of {burst.Count} concurrent marks: {boards.Count - 1} boards pushed; the final board (seq {Sequence(get)}, " +
                         $"log head {final}) arrived {Stopwatch.GetElapsedTime(answers.Max(), lastArrival).TotalMilliseconds:F1} ms after the last HTTP answer");
    }

    [Fact]
    public async Task Awards_changes_are_pushed_as_awards()
    {
        var c = await ContestAsync();
        await using var watcher = await BoardWatcher.StartAsync(api.BaseAddress, c.Contest, c.Category);
        var before = await watcher.NextAsync("awards");

        var appended = await api.AppendOnlyAsync(CompetitionStore.StreamTypes.Awards, Domain.StreamIds.Awards(c.Category),
            c.Proposed(ElectricianContest.Award(c.E1, "Gold", 1, 93m)));
        var pushed = await watcher.NextAsync("awards");

        ((string)pushed.Data["status"]!).ShouldBe("proposed");
        Sequence(pushed.Data).ShouldBe(appended);
        Sequence(pushed.Data).ShouldBeGreaterThan(Sequence(before.Data));
        JsonNode.DeepEquals(pushed.Data, await api.Http.GetFromJsonAsync<JsonNode>(
            $"/api/contests/{c.Contest}/categories/{c.Category}/awards")).ShouldBeTrue();
    }

    [Fact]
    public async Task Watch_of_an_unknown_category_or_contest_is_refused_and_sends_nothing()
    {
        var c = await ContestAsync();
        await using var watcher = await BoardWatcher.ConnectAsync(api.BaseAddress);

        foreach (var (contest, category) in new[] { (c.Contest, Guid.NewGuid()), (Guid.NewGuid(), c.Category) })
        {
            var refused = await Should.ThrowAsync<HubException>(() => watcher.WatchAsync(contest, category));
            refused.Message.ShouldContain("No such contest and category");
            refused.Message.ShouldNotContain(category.ToString(), customMessage: "nothing the caller sent is echoed (or logged)");
        }
        // Messages of a connection arrive in the order sent: anything sent for a refused Watch came before its answer.
        watcher.Waiting.ShouldBe(0, "a refused Watch sends no board");
        // The connection is still good: a Watch of the real category is answered with its board.
        await watcher.WatchAsync(c.Contest, c.Category);
        var board = await watcher.NextAsync("leaderboard");
        ((string)board.Data["categoryId"]!).ShouldBe(c.Category.ToString());
    }

    [Fact]
    public async Task A_board_changed_while_the_listener_was_cut_off_is_sent_after_it_reconnects()
    {
        var c = await ContestAsync();
        await using var watcher = await BoardWatcher.StartAsync(api.BaseAddress, c.Contest, c.Category);
        var first = await watcher.NextAsync("leaderboard");

        // Kill the publisher's LISTEN session, then change the board before it can be back: the
        // NOTIFY is lost, and only the re-check after reconnecting can deliver the change.
        await using (var conn = new Npgsql.NpgsqlConnection(api.ConnectionString))
        {
            await conn.OpenAsync();
            await using var kill = new Npgsql.NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'board-publisher' AND datname = current_database()", conn);
            ((long)(await kill.ExecuteScalarAsync())!).ShouldBe(1);
        }
        var sequence = await api.AppendAsync(CompetitionStore.StreamTypes.Sheet, Domain.StreamIds.Sheet(c.J2, c.E2, c.Theory), new Domain.Sheets.MarkAwarded(
            Domain.StreamIds.Sheet(c.J2, c.E2, c.Theory), c.Contest, c.Category, c.Theory, c.E2, c.J2, c.T, 64, DateTimeOffset.UtcNow));

        var pushed = await watcher.NextAsync("leaderboard");
        Sequence(pushed.Data).ShouldBe(sequence);
        Sequence(pushed.Data).ShouldBeGreaterThan(Sequence(first.Data));
    }
}
