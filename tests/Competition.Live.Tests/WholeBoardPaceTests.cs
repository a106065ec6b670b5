using System.Diagnostics;
using System.Text.Json.Nodes;
using Competition.TestSupport;

namespace Competition.Live.Tests;

/// <summary>An API whose whole boards of more than 50 rows pause 5 ms a row after each push (100 rows: 500 ms), so that
/// the pace shows within a few marks; by default the pause starts at 500 rows, at 0.1 ms a row.</summary>
public sealed class PacedBoardsFixture : LiveApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Competition:Live:WholeBoardFreeRows"] = "50",
        ["Competition:Live:WholeBoardPausePerRowMs"] = "5",
    };
}

public sealed class WholeBoardPaceTests(PacedBoardsFixture api) : IClassFixture<PacedBoardsFixture>
{
    [Fact]
    public async Task The_whole_of_a_large_board_is_pushed_at_its_pace_its_window_at_once_and_both_get_the_last_board()
    {
        const int entries = 100;
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries, judges: 1, criteria: 1);
        await api.CaughtUpAsync();
        await using var whole = await BoardWatcher.StartAsync(api.BaseAddress, contest.ContestId, contest.CategoryId);
        await using var window = await BoardWatcher.ConnectAsync(api.BaseAddress);
        await window.WatchTopAsync(contest.ContestId, contest.CategoryId, 3);
        await whole.NextAsync("leaderboard");
        await window.NextAsync("leaderboard");

        // Each mark makes a new leader: every one changes the window.
        var started = Stopwatch.GetTimestamp();
        long last = 0;
        for (var i = 0; i < 30; i++)
        {
            last = (await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(contest.Entries[i], contest.Criteria[0]), contest.Judges[0].Token,
                new { points = 60 + i })).EventSequence;
            await Task.Delay(20);
        }
        async Task<List<JsonNode>> UntilLastAsync(BoardWatcher watcher)
        {
            var boards = new List<JsonNode>();
            do boards.Add((await watcher.NextAsync("leaderboard")).Data);
            while ((long)boards[^1]["sequence"]! < last);
            return boards;
        }
        var windows = await UntilLastAsync(window);
        var boards = await UntilLastAsync(whole);
        var elapsed = Stopwatch.GetElapsedTime(started);

        boards[^1]["rows"]!.AsArray().Count.ShouldBe(entries);
        ((Guid)boards[^1]["rows"]![0]!["entryId"]!).ShouldBe(contest.Entries[29], "the last board holds the last mark");
        ((Guid)windows[^1]["rows"]![0]!["entryId"]!).ShouldBe(contest.Entries[29]);
        // Pushes of the whole board are at least 500 ms apart: no more of them can have arrived in the time taken (one
        // more for a push sent before the marks began and received after).
        boards.Count.ShouldBeLessThanOrEqualTo((int)(elapsed.TotalMilliseconds / 500) + 2, $"{boards.Count} whole boards in {elapsed.TotalMilliseconds:F0} ms");
        windows.Count.ShouldBeGreaterThan(boards.Count, "the window is pushed at each change, the whole board at its pace");
    }
}
