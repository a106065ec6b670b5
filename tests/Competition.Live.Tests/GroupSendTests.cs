using Competition.TestSupport;

namespace Competition.Live.Tests;

/// <summary>A group's push goes out a slice of its connections at a time (SlicedGroupSends): every watcher of it, in
/// every slice, gets each message once and in order; one that left gets nothing.</summary>
public sealed class GroupSendTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    [Fact]
    public async Task Every_watcher_of_a_crowded_window_gets_each_push_in_order_and_one_that_left_gets_none()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 3, judges: 1, criteria: 1);
        await api.CaughtUpAsync(); // the set-up on the board before anyone watches: every push after it is a mark's
        var token = contest.Judges[0].Token;
        async Task<long> Mark(int entry, decimal points) =>
            (await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(contest.Entries[entry], contest.Criteria[0]), token, new { points })).EventSequence;
        // Three slices of 16 and part of a fourth.
        var watchers = await Task.WhenAll(Enumerable.Range(0, 53).Select(async _ =>
        {
            var watcher = await BoardWatcher.ConnectAsync(api.BaseAddress);
            await watcher.WatchTopAsync(contest.ContestId, contest.CategoryId, 2);
            await watcher.NextAsync("leaderboard");
            await watcher.NextAsync("awards");
            return watcher;
        }));
        try
        {
            var left = watchers[20];
            await left.UnwatchAsync(contest.ContestId, contest.CategoryId);
            var closed = watchers[40];
            await closed.DisposeAsync();
            var staying = watchers.Where(w => w != left && w != closed).ToList();

            long last = 0;
            var seen = staying.ToDictionary(w => w, _ => 0L);
            foreach (var (entry, points) in new[] { (0, 30m), (1, 50m), (2, 70m), (0, 90m) })
            {
                last = await Mark(entry, points);
                // Each mark moves the window's first rows: every staying watcher is sent it, after what it was sent before.
                foreach (var watcher in staying)
                    while (seen[watcher] < last)
                    {
                        var sequence = (long)(await watcher.NextAsync("leaderboard")).Data["sequence"]!;
                        sequence.ShouldBeGreaterThan(seen[watcher], "pushes arrive in order, each once");
                        seen[watcher] = sequence;
                    }
            }
            foreach (var watcher in staying)
                watcher.Waiting.ShouldBe(0, "each window pushed once, none after the last");
            left.Waiting.ShouldBe(0, "a connection that unwatched is sent nothing");
            var final = (await api.Http.ApiGetAsync($"{contest.LeaderboardUrl}?top=2&after={last}")).Body!;
            ((Guid)final["rows"]![0]!["entryId"]!).ShouldBe(contest.Entries[0]);
        }
        finally
        {
            foreach (var watcher in watchers) await watcher.DisposeAsync();
        }
    }
}
