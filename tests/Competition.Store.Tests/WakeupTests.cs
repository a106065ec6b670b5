using System.Diagnostics;
using Competition.TestSupport;

namespace Competition.Store.Tests;

/// <summary>DaemonTuning.NotifyAppends (Marten's UseListenNotifyForEventAppends): every append's commit notifies the
/// daemon, so a mark reaches the board without waiting for the daemon's next poll. Polling, the default, is the other test.</summary>
public sealed class WakeupTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Poll = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task An_append_wakes_the_board_at_once_instead_of_at_the_next_poll()
    {
        // Polls so rare that only the notification can explain a prompt board.
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString, more: o =>
        {
            o.Events.UseListenNotifyForEventAppends = true;
            o.Projections.FastPollingTime = Poll;
            o.Projections.SlowPollingTime = Poll;
        });
        var category = new MarkingCategory();
        await using var daemon = await RunningDaemon.StartAsync(store);
        await daemon.WaitForAsync(await category.WriteSetUpAsync(store), Poll * 2);

        var latencies = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await daemon.WaitForAsync(await category.WriteNewMarkAsync(store, i), Poll * 2);
            latencies.Add(clock.Elapsed);
        }
        output.WriteLine($"append to board, polls every {Poll.TotalSeconds} s: {string.Join(", ", latencies.Select(l => $"{l.TotalMilliseconds:F0} ms"))}");
        latencies.ShouldAllBe(l => l < TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task By_default_the_daemon_polls_and_an_append_reaches_the_board_within_a_few_intervals()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString, schema: TestStores.NewSchema());
        store.Options.Events.UseListenNotifyForEventAppends.ShouldBeFalse();
        var category = new MarkingCategory();
        await using var daemon = await RunningDaemon.StartAsync(store);
        await daemon.WaitForAsync(await category.WriteSetUpAsync(store), TimeSpan.FromSeconds(10));

        var latencies = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await daemon.WaitForAsync(await category.WriteNewMarkAsync(store, i), TimeSpan.FromSeconds(10));
            latencies.Add(clock.Elapsed);
        }
        output.WriteLine($"append to board, polling every {store.Options.Projections.FastPollingTime.TotalMilliseconds} ms: {string.Join(", ", latencies.Select(l => $"{l.TotalMilliseconds:F0} ms"))}");
        latencies.ShouldAllBe(l => l < TimeSpan.FromSeconds(1));
    }
}
