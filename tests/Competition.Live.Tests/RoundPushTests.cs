using System.Text.Json.Nodes;

namespace Competition.Live.Tests;

/// <summary>A labour round's board over SignalR: <c>WatchRound</c> and <c>WatchRoundTop</c> send <c>round</c> messages.</summary>
public sealed class RoundPushTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    sealed record Round(string C, string Org, Guid ContestId, Guid CategoryId, Guid RoundId, Guid Item, string Assessor, IReadOnlyList<Guid> Units)
    {
        public string Mark(Guid unit) => $"{C}/rounds/{RoundId}/entries/{unit}/marks/{Item}";
    }

    async Task<Round> OpenRoundAsync(int units)
    {
        var created = (await api.Http.ApiSendAsync(HttpMethod.Post, "/api/contests", LiveApiFixture.AdminKey, new { name = "班组竞赛", kind = "labour" })).Body!;
        var contestId = (Guid)created["id"]!;
        var (c, org) = ($"/api/contests/{contestId}", (string)created["organizerToken"]!);
        var category = (Guid)(await api.Http.ApiPostAsync($"{c}/categories", org, new { name = "班组", entryType = "team" })).Body!["id"]!;
        var scheme = (await api.Http.ApiSendAsync(HttpMethod.Put, $"{c}/categories/{category}/scheme", org, new
        {
            blocks = new[] { new { name = "质量", items = new[] { new { name = "合格率", kind = "points", maxPoints = 100 } } } },
        })).Body!;
        var item = (Guid)scheme["blocks"]![0]!["items"]![0]!["id"]!;
        var assessor = (string)(await api.Http.ApiPostAsync($"{c}/judges", org, new { name = "考核员", organization = "市总工会", categoryIds = new[] { category } })).Body!["token"]!;
        await api.Http.ApiPostAsync($"{c}/registration/open", org);
        var ids = new List<Guid>();
        for (var i = 0; i < units; i++)
        {
            var id = (Guid)(await api.Http.ApiPostAsync($"{c}/entries", org, new { categoryId = category, name = $"班组{i + 1}", organization = $"车间{i + 1}" })).Body!["id"]!;
            await api.Http.ApiPostAsync($"{c}/entries/{id}/approve", org);
            ids.Add(id);
        }
        var round = (Guid)(await api.Http.ApiPostAsync($"{c}/categories/{category}/rounds", org, new { name = "一季度", startsOn = "2026-01-01", endsOn = "2026-03-31" })).Body!["id"]!;
        await api.Http.ApiPostAsync($"{c}/rounds/{round}/open", org);
        return new Round(c, org, contestId, category, round, item, assessor, ids);
    }

    static decimal TotalOf(JsonNode board, Guid unit) => (decimal)board["rows"]!.AsArray().Single(r => (Guid)r!["entryId"]! == unit)!["total"]!;

    [Fact]
    public async Task A_round_watcher_gets_the_board_at_once_and_again_after_each_mark_in_sequence()
    {
        var round = await OpenRoundAsync(3);
        await api.CaughtUpAsync(); // the round's opening on its board before the watch (else the first board may say "planned")
        await using var watcher = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await watcher.WatchRoundAsync(round.ContestId, round.RoundId);
        var first = await watcher.NextAsync("round");
        ((Guid)first.Data["roundId"]!, (string)first.Data["status"]!).ShouldBe((round.RoundId, "open"));

        var written = await api.Http.ApiSendAsync(HttpMethod.Put, round.Mark(round.Units[1]), round.Assessor, new { points = 87.5 });
        JsonNode pushed;
        do pushed = (await watcher.NextAsync("round")).Data;
        while ((long)pushed["sequence"]! < written.EventSequence);
        TotalOf(pushed, round.Units[1]).ShouldBe(87.5m);
        ((int)pushed["rows"]![0]!["rank"]!, (Guid)pushed["rows"]![0]!["entryId"]!).ShouldBe((1, round.Units[1]));
        ((long)pushed["sequence"]!).ShouldBeGreaterThan((long)first.Data["sequence"]!);

        var read = (await api.Http.ApiGetAsync($"{round.C}/rounds/{round.RoundId}/leaderboard?after={written.EventSequence}")).Body!;
        JsonNode.DeepEquals(read, pushed).ShouldBeTrue("the push is the same JSON as the GET");
    }

    [Fact]
    public async Task A_round_window_watcher_is_sent_nothing_when_only_rows_outside_it_change()
    {
        var round = await OpenRoundAsync(4);
        var leader = await api.Http.ApiSendAsync(HttpMethod.Put, round.Mark(round.Units[0]), round.Assessor, new { points = 95 });
        await api.Http.ApiGetAsync($"{round.C}/rounds/{round.RoundId}/leaderboard?after={leader.EventSequence}");
        await using var window = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await using var whole = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await window.WatchRoundAsync(round.ContestId, round.RoundId, top: 1);
        await whole.WatchRoundAsync(round.ContestId, round.RoundId);
        var shown = (await window.NextAsync("round")).Data;
        await whole.NextAsync("round");
        ((int)shown["count"]!, shown["rows"]!.AsArray().Count).ShouldBe((4, 1));

        // Rows 2–4 move; the leader's row does not: the whole board changes, the window does not.
        var outside = await api.Http.ApiSendAsync(HttpMethod.Put, round.Mark(round.Units[2]), round.Assessor, new { points = 60 });
        JsonNode board;
        do board = (await whole.NextAsync("round")).Data;
        while ((long)board["sequence"]! < outside.EventSequence);
        TotalOf(board, round.Units[2]).ShouldBe(60m);

        var inside = await api.Http.ApiSendAsync(HttpMethod.Put, round.Mark(round.Units[3]), round.Assessor, new { points = 99 });
        var next = (await window.NextAsync("round")).Data;
        ((long)next["sequence"]!).ShouldBeGreaterThanOrEqualTo(inside.EventSequence, "the window's next message is the change inside it, nothing before");
        ((Guid)next["rows"]![0]!["entryId"]!).ShouldBe(round.Units[3]);
    }

    [Fact]
    public async Task A_connection_watches_at_most_twenty_boards_windows_and_rounds_together()
    {
        var round = await OpenRoundAsync(1);
        await api.CaughtUpAsync();
        await using var watcher = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await watcher.WatchAsync(round.ContestId, round.CategoryId);
        for (var top = 1; top <= 18; top++) await watcher.WatchTopAsync(round.ContestId, round.CategoryId, top);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a connection's calls are limited to a burst of 20 (HubCallLimits)
        await watcher.WatchRoundAsync(round.ContestId, round.RoundId);
        await watcher.WatchRoundAsync(round.ContestId, round.RoundId); // the same watch again: still twenty

        var refused = await Should.ThrowAsync<Microsoft.AspNetCore.SignalR.HubException>(() => watcher.WatchRoundAsync(round.ContestId, round.RoundId, top: 5));
        refused.Message.ShouldContain("at most 20");
        await Should.ThrowAsync<Microsoft.AspNetCore.SignalR.HubException>(() => watcher.WatchTopAsync(round.ContestId, round.CategoryId, 19));

        await watcher.UnwatchAsync(round.ContestId, round.CategoryId); // frees the board and its eighteen windows
        await watcher.WatchRoundAsync(round.ContestId, round.RoundId, top: 5);
        (await watcher.NextAsync("round")).Data["roundId"]!.GetValue<Guid>().ShouldBe(round.RoundId);
        watcher.Healthy.ShouldBeTrue();
    }
}
