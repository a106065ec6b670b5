using System.Text.Json.Nodes;
using Competition.TestSupport;

namespace Competition.Live.Tests;

/// <summary>Large boards (v1.1): <c>?top=&amp;offset=</c> on the board GET and <c>WatchTop</c> on the hub.</summary>
public sealed class BoardWindowTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    static readonly decimal[] Points = [50, 60, 70, 80];

    [Fact]
    public async Task After_every_mark_each_window_holds_the_same_rows_as_the_whole_board_ties_included()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 12, judges: 2, criteria: 1);
        var random = new Random(2026);
        (int Top, int Offset)[] windows = [(3, 0), (3, 2), (5, 9), (4, 11), (20, 0)];
        var tied = 0;
        for (var i = 0; i < 40; i++)
        {
            var judge = contest.Judges[random.Next(contest.Judges.Count)];
            var entry = contest.Entries[random.Next(contest.Entries.Count)];
            var written = await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(entry, contest.Criteria[0]), judge.Token,
                new { points = Points[random.Next(Points.Length)] });
            var whole = (await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?after={written.EventSequence}")).Body!;
            var rows = whole["rows"]!.AsArray();
            tied += rows.GroupBy(r => (int)r!["rank"]!).Count(g => g.Count() > 1);
            foreach (var (top, offset) in windows)
            {
                var window = (await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?top={top}&offset={offset}&after={written.EventSequence}")).Body!;
                ((long)window["sequence"]!).ShouldBe((long)whole["sequence"]!);
                ((int)window["count"]!).ShouldBe(rows.Count);
                JsonNode.DeepEquals(window["rows"], new JsonArray([.. rows.Skip(offset).Take(top).Select(r => r!.DeepClone())]))
                    .ShouldBeTrue($"mark {i}: rows {offset + 1}–{offset + top} of {whole.ToJsonString()}\nwindow {window.ToJsonString()}");
            }
        }
        tied.ShouldBeGreaterThan(0, "the run should have boards with shared ranks");
        (await api.Http.ApiGetAsync(contest.LeaderboardUrl)).Body!.AsObject().ContainsKey("count").ShouldBeFalse("the whole board has no count");
    }

    [Fact]
    public async Task Each_pushed_window_holds_the_rows_of_the_whole_board_pushed_at_its_sequence_and_none_repeats_the_last()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 30, judges: 3, criteria: 1);
        await api.CaughtUpAsync(); // every entry on the board before the first push
        await using var whole = await BoardWatcher.StartAsync(api.BaseAddress, contest.ContestId, contest.CategoryId);
        await using var window = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await window.WatchTopAsync(contest.ContestId, contest.CategoryId, 5);
        var random = new Random(20261202);
        long last = 0;
        // Four marks at a time, so that batches hold several and rows move past each other within one.
        for (var i = 0; i < 30; i++)
        {
            var written = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.Http.ApiSendAsync(HttpMethod.Put,
                contest.MarkUrl(contest.Entries[random.Next(contest.Entries.Count)], contest.Criteria[0]),
                contest.Judges[random.Next(contest.Judges.Count)].Token, new { points = Points[random.Next(Points.Length)] })));
            last = Math.Max(last, written.Max(w => w.EventSequence));
        }

        var boards = new Dictionary<long, JsonNode>();
        JsonNode board;
        do
        {
            board = (await whole.NextAsync("leaderboard")).Data;
            boards[(long)board["sequence"]!] = board;
        } while ((long)board["sequence"]! < last);
        await Task.Delay(500);
        var windows = new List<JsonNode>();
        while (window.Waiting > 0)
            if ((await window.NextAnyAsync()) is { Type: "leaderboard" } message) windows.Add(message.Data);

        windows.Count.ShouldBeGreaterThan(1);
        var compared = 0;
        foreach (var shown in windows)
        {
            ((int)shown["count"]!).ShouldBe(30);
            if (!boards.TryGetValue((long)shown["sequence"]!, out var at)) continue;
            compared++;
            JsonNode.DeepEquals(shown["rows"], new JsonArray([.. at["rows"]!.AsArray().Take(5).Select(r => r!.DeepClone())]))
                .ShouldBeTrue($"window {shown.ToJsonString()}\nboard {at.ToJsonString()}");
        }
        compared.ShouldBeGreaterThan(0, "some windows were pushed with the same sequence as a whole board");
        JsonNode.DeepEquals(windows[^1]["rows"], new JsonArray([.. board["rows"]!.AsArray().Take(5).Select(r => r!.DeepClone())]))
            .ShouldBeTrue("the last window shows the final board's first rows");
        var read = (await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?after={last}")).Body!;
        ((long)read["sequence"]!).ShouldBe((long)board["sequence"]!);
        JsonNode.DeepEquals(read["rows"], board["rows"]).ShouldBeTrue("the stored rows, read back, are the pushed board's");
        foreach (var (before, after) in windows.Zip(windows.Skip(1)))
            JsonNode.DeepEquals(before["rows"], after["rows"]).ShouldBeFalse($"a window pushed again unchanged: {after.ToJsonString()}");
        boards.Values.Sum(b => b["rows"]!.AsArray().GroupBy(r => (int)r!["rank"]!).Count(g => g.Count() > 1)).ShouldBeGreaterThan(0, "shared ranks");
    }

    [Theory]
    [InlineData("top=0")]
    [InlineData("top=-1")]
    [InlineData("top=ten")]
    [InlineData("top=10001")]
    [InlineData("offset=-1")]
    [InlineData("top=2&offset=1.5")]
    public async Task A_window_that_is_not_whole_numbers_in_range_is_refused(string query)
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 1, judges: 1, criteria: 1);
        var answer = await api.Http.ApiSendAsync(HttpMethod.Get, $"{contest.LeaderboardUrl}?{query}", expected: System.Net.HttpStatusCode.BadRequest);
        answer.Body!["errors"]!.AsObject().Select(e => e.Key).ShouldBeSubsetOf(["top", "offset"]);
    }

    [Fact]
    public async Task A_window_watcher_is_sent_nothing_when_only_rows_outside_it_change()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 5, judges: 1, criteria: 1);
        var token = contest.Judges[0].Token;
        async Task<long> Mark(int entry, decimal points) =>
            (await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(contest.Entries[entry], contest.Criteria[0]), token, new { points })).EventSequence;
        await Mark(0, 90);
        var settled = await Mark(1, 80);
        await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?after={settled}");

        await using var whole = await BoardWatcher.StartAsync(api.BaseAddress, contest.ContestId, contest.CategoryId);
        await using var window = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await window.WatchTopAsync(contest.ContestId, contest.CategoryId, 2);
        var first = (await window.NextAsync("leaderboard")).Data;
        ((int)first["count"]!).ShouldBe(5);
        await window.NextAsync("awards");
        first["rows"]!.AsArray().Select(r => (Guid)r!["entryId"]!).ShouldBe([contest.Entries[0], contest.Entries[1]]);
        await whole.NextAsync("leaderboard");

        // Ranks 3 to 5 change; the first two rows do not.
        var outside = await Mark(4, 10);
        await Mark(3, 20);
        while ((long)(await whole.NextAsync("leaderboard")).Data["sequence"]! < outside + 1) { }
        await Task.Delay(500);
        window.Waiting.ShouldBe(0, "the window's rows did not change, so nothing was pushed to it");

        // A row inside the window changes: it is pushed, with the new first row.
        await Mark(2, 95);
        var pushed = (await window.NextAsync("leaderboard")).Data;
        pushed["rows"]!.AsArray().Select(r => (Guid)r!["entryId"]!).ShouldBe([contest.Entries[2], contest.Entries[0]]);
        ((int)pushed["count"]!).ShouldBe(5);
    }
}
