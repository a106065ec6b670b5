using System.Diagnostics;
using Competition.Projections.Store;
using Competition.TestSupport;
using Marten;

namespace Competition.Store.Tests;

/// <summary>
/// A session over several streams (the SheetWriter's batch of marks on many sheets, a draw over the contest and its
/// entries) refused on a later stream after an earlier one was appended: the earlier append had already taken its
/// number when the later one failed. Marten fills such numbers with tombstone events (marten#5454), so the board
/// need not wait out a hole.
/// </summary>
public sealed class MultiStreamLoserTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task A_session_refused_on_its_second_stream_has_its_taken_number_filled_and_the_board_keeps_up()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await using var daemon = await RunningDaemon.StartAsync(store);
        await category.WriteSetUpAsync(store);
        var moved = category.NewMark(1);
        await category.WriteMarkAsync(store, moved);
        await store.WriteAsync(moved.SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(moved, 2));
        await daemon.WaitForHeadAsync(TimeSpan.FromSeconds(15));
        var before = await store.SequenceLastValueAsync(db.ConnectionString);

        await using (var session = store.LightweightSession())
        {
            var fresh = category.NewMark(3);
            session.Queue(fresh.SheetId, CompetitionStore.StreamTypes.Sheet, 0, fresh);
            session.Queue(moved.SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(moved, 4)); // it is at 2
            StreamVersionAssertion.IsConflict(await Should.ThrowAsync<Exception>(() => session.SaveChangesAsync())).ShouldBeTrue();
        }
        (await store.SequenceLastValueAsync(db.ConnectionString)).ShouldBe(before + 1, "the first stream's append took its number");

        var clock = Stopwatch.StartNew();
        var next = await category.WriteNewMarkAsync(store, 5);
        await daemon.WaitForAsync(next, TimeSpan.FromSeconds(15));
        output.WriteLine($"The refused session took sequence {before + 1}; the next event reached the board {clock.Elapsed.TotalMilliseconds:F0} ms after it was written.");
        clock.Elapsed.ShouldBeLessThan(Prompt, "a hole would have cost StaleSequenceThreshold (3 s)");

        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Schema()}.mt_events WHERE seq_id = {before + 1} AND type = 'tombstone'"))
            .ShouldBe(1);
        await category.EveryCommittedMarkIsOnTheBoardAsync(store);
        (await HighWaterSkips.ReadAsync(store, db.ConnectionString)).ShouldBeEmpty();
    }
}
