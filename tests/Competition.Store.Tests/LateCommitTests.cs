using Competition.TestSupport;

namespace Competition.Store.Tests;

/// <summary>
/// The case that made Marten's daemon skip events for years: a transaction takes a sequence number and commits after
/// later numbers have committed. Here it is held open on purpose for longer than Marten's stale-gap threshold.
/// </summary>
public sealed class LateCommitTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task An_event_committed_after_later_ones_still_reaches_the_board()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await using var daemon = await RunningDaemon.StartAsync(store);
        await daemon.WaitForAsync(await category.WriteSetUpAsync(store), Patience);

        await using var held = await HeldAppend.StartAsync(store, db.ConnectionString, category.NewMark(50));
        var later = new List<long>();
        for (var i = 1; i <= 10; i++) later.Add(await category.WriteNewMarkAsync(store, i));
        later.ShouldAllBe(s => s > held.Sequence);

        // Holding the transaction open is the thing under test: past the stale-gap threshold, and the board must
        // still stop right below the open transaction's number.
        var holdUntil = DateTime.UtcNow + store.Options.Projections.StaleSequenceThreshold + TimeSpan.FromSeconds(1.5);
        while (DateTime.UtcNow < holdUntil)
        {
            (await daemon.ReachedAsync()).ShouldBeLessThan(held.Sequence);
            await Task.Delay(100);
        }
        (await daemon.ReachedAsync()).ShouldBe(held.Sequence - 1);

        await held.CommitAsync();
        await daemon.WaitForAsync(later[^1], Patience);

        await category.EveryCommittedMarkIsOnTheBoardAsync(store);
        await HighWaterSkips.ShouldCoverOnlyHolesAsync(store, db.ConnectionString, category);
    }
}
