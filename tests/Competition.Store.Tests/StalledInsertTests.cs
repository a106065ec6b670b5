using Competition.TestSupport;
using Npgsql;

namespace Competition.Store.Tests;

/// <summary>
/// The shape of Marten's own repro (marten#4964): a BEFORE INSERT trigger on mt_events stalls one append on an
/// advisory lock after it has called nextval and before its row exists, while later appends commit.
/// </summary>
public sealed class StalledInsertTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    const long StallLock = 0x5ca1ab1e;

    [Fact]
    public async Task An_event_whose_insert_stalls_after_taking_its_number_still_reaches_the_board()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        var stalled = category.NewMark(50);
        var s = store.Schema();
        await using var control = new NpgsqlConnection(db.ConnectionString);
        await control.OpenAsync();
        await ExecuteAsync(control, $"""
            CREATE FUNCTION {s}.test_stall_insert() RETURNS trigger AS $$
            BEGIN
                IF NEW.stream_id = '{stalled.SheetId}' THEN PERFORM pg_advisory_xact_lock({StallLock}); END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER test_stall_insert BEFORE INSERT ON {s}.mt_events FOR EACH ROW EXECUTE FUNCTION {s}.test_stall_insert();
            SELECT pg_advisory_lock({StallLock});
            """);
        await using var daemon = await RunningDaemon.StartAsync(store);
        await daemon.WaitForAsync(await category.WriteSetUpAsync(store), Patience);

        var append = category.WriteMarkAsync(store, stalled);
        var deadline = DateTime.UtcNow + Patience;
        while (await TestStores.ScalarAsync(db.ConnectionString, $"""
                   SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = {StallLock} AND NOT granted
                   AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                   """) == 0)
        {
            append.IsCompleted.ShouldBeFalse("the stalled append should wait on the trigger's lock");
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the append never reached the trigger");
            await Task.Delay(10);
        }
        var taken = await store.SequenceLastValueAsync(db.ConnectionString); // the stalled append's number: nothing else is writing
        var later = new List<long>();
        for (var i = 1; i <= 10; i++) later.Add(await category.WriteNewMarkAsync(store, i));
        later.ShouldAllBe(seq => seq > taken);

        // The stall is the thing under test: past the stale-gap threshold, the board stops below the stalled number.
        var holdUntil = DateTime.UtcNow + store.Options.Projections.StaleSequenceThreshold + TimeSpan.FromSeconds(1.5);
        while (DateTime.UtcNow < holdUntil)
        {
            (await daemon.ReachedAsync()).ShouldBeLessThan(taken);
            await Task.Delay(100);
        }

        await ExecuteAsync(control, $"SELECT pg_advisory_unlock({StallLock})");
        (await append).ShouldBe(taken);
        await daemon.WaitForAsync(later[^1], Patience);

        await category.EveryCommittedMarkIsOnTheBoardAsync(store);
        await HighWaterSkips.ShouldCoverOnlyHolesAsync(store, db.ConnectionString, category);
    }

    static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
