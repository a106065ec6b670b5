using System.Diagnostics;
using Competition.TestSupport;

namespace Competition.Store.Tests;

/// <summary>An appender that took a sequence number dies with its transaction open: its number is a hole for ever,
/// and the board must get past it instead of waiting for it.</summary>
public sealed class KilledAppenderTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Generous: Marten skips a dead gap once it has been stuck for StaleSequenceThreshold (3 s) and no live
    /// transaction could still fill it, checked at its slow poll (1 s).</summary>
    static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_gap_left_by_an_appender_killed_mid_transaction_is_passed_within_the_bound()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await using var daemon = await RunningDaemon.StartAsync(store);
        await daemon.WaitForAsync(await category.WriteSetUpAsync(store), Bound);

        await using var held = await HeldAppend.StartAsync(store, db.ConnectionString, category.NewMark(50));
        var later = new List<long>();
        for (var i = 1; i <= 5; i++) later.Add(await category.WriteNewMarkAsync(store, i));
        later.ShouldAllBe(s => s > held.Sequence);
        (await daemon.ReachedAsync()).ShouldBeLessThan(held.Sequence);

        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM pg_stat_activity WHERE pid = {held.ProcessId} AND state = 'idle in transaction'"))
            .ShouldBe(1);
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM (SELECT pg_terminate_backend({held.ProcessId}) AS killed) k WHERE killed"))
            .ShouldBe(1);
        var clock = Stopwatch.StartNew();
        await daemon.WaitForAsync(later[^1], Bound);
        output.WriteLine($"The board passed the dead gap at sequence {held.Sequence} {clock.Elapsed.TotalMilliseconds:F0} ms after the appender was killed " +
                         $"(StaleSequenceThreshold {store.Options.Projections.StaleSequenceThreshold.TotalSeconds} s, bound {Bound.TotalSeconds} s).");

        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Schema()}.mt_events WHERE seq_id = {held.Sequence}")).ShouldBe(0);
        await category.EveryCommittedMarkIsOnTheBoardAsync(store);
        var skips = await HighWaterSkips.ShouldCoverOnlyHolesAsync(store, db.ConnectionString, category);
        skips.ShouldContain(s => s.Starting < held.Sequence && held.Sequence <= s.Ending);
    }
}
