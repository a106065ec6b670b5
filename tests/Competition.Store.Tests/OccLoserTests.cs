using System.Diagnostics;
using Competition.Projections.Store;
using Competition.TestSupport;
using Marten;

namespace Competition.Store.Tests;

/// <summary>
/// Optimistic-concurrency losers must fail before they take a sequence number (UseExclusiveLockOnConcurrentAppends:
/// the loser waits on the stream's row and then sees the new version). A loser that took one would leave a hole the
/// daemon can only pass after StaleSequenceThreshold (3 s), stalling every board.
/// </summary>
public sealed class OccLoserTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Well under the 3 s a hole would cost, well over what a caught-up daemon woken by NOTIFY needs.</summary>
    static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task Optimistic_concurrency_losers_take_no_sequence_number_and_the_board_reaches_the_head_promptly()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await using var daemon = await RunningDaemon.StartAsync(store);
        await category.WriteSetUpAsync(store);
        var marks = Enumerable.Range(0, 6).Select(i => category.NewMark(i)).ToList();
        foreach (var mark in marks) await category.WriteMarkAsync(store, mark);

        // Each round, per sheet: 5 writers on the same version (one wins, four lose on a stale version) and 2 writers
        // starting the sheet again (both lose: it exists), all at once.
        var outcomes = new List<Exception?>();
        for (var version = 1; version <= 4; version++)
        {
            var v = version;
            var round = marks.SelectMany(mark =>
                Enumerable.Range(0, 5).Select(i => Attempt(() => store.WriteAsync(mark.SheetId, CompetitionStore.StreamTypes.Sheet, v, category.Correction(mark, v * 10 + i))))
                    .Concat(Enumerable.Range(0, 2).Select(_ => Attempt(() => category.WriteMarkAsync(store, mark)))));
            outcomes.AddRange(await Task.WhenAll(round));
        }
        var storm = await daemon.WaitForHeadAsync(TimeSpan.FromSeconds(15)); // from the storm's last commit
        var clock = Stopwatch.StartNew();
        var last = await category.WriteNewMarkAsync(store, 99);
        await daemon.WaitForAsync(last, TimeSpan.FromSeconds(15));
        var caughtUp = clock.Elapsed;

        outcomes.Count(e => e is null).ShouldBe(4 * marks.Count);
        outcomes.Where(e => e is not null).ShouldAllBe(e => StreamVersionAssertion.IsConflict(e!));
        // No loser took a number: the log has no hole and the sequence handed out nothing more.
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Schema()}.mt_events")).ShouldBe(last);
        (await store.SequenceLastValueAsync(db.ConnectionString)).ShouldBe(last);
        output.WriteLine($"{outcomes.Count(e => e is not null)} losers, {outcomes.Count(e => e is null)} winners; the board reached the storm's head " +
                         $"{storm.TotalMilliseconds:F0} ms after its last commit, and the next event {caughtUp.TotalMilliseconds:F0} ms after it was written.");
        storm.ShouldBeLessThan(store.Options.Projections.StaleSequenceThreshold, "the board never waited out a hole");
        caughtUp.ShouldBeLessThan(Prompt);
        await category.EveryCommittedMarkIsOnTheBoardAsync(store);
        (await HighWaterSkips.ReadAsync(store, db.ConnectionString)).ShouldBeEmpty();
    }

    static async Task<Exception?> Attempt(Func<Task> write)
    {
        await Task.Yield();
        try { await write(); return null; }
        catch (Exception e) { return e; }
    }
}
