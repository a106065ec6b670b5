using Competition.EventStore.Schema;
using Competition.TestSupport;
using Npgsql;

namespace Competition.EventStore.Tests;

/// <summary>The case that makes Marten's daemon skip events: a lower sequence committing after a higher one.</summary>
public sealed class GapSafetyTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Opens a transaction that takes a sequence number the way the writer does, and holds it.</summary>
    async Task<(NpgsqlConnection Conn, NpgsqlTransaction Tx, long Sequence)> AllocateAndHoldAsync(PostgresEventStore store, Guid stream)
    {
        var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        var tx = await conn.BeginTransactionAsync();
        var s = store.Options.Schema;
        var (cls, key) = AdvisoryLocks.Append(s);
        await using (var lockAndStream = new NpgsqlCommand(
            $"SELECT pg_advisory_xact_lock({cls}, {key}); INSERT INTO {s}.mt_streams (id, type, version) VALUES ('{stream}', 'held', 1)", conn, tx))
            await lockAndStream.ExecuteNonQueryAsync();
        await using var insert = new NpgsqlCommand($$"""
            INSERT INTO {{s}}.mt_events (seq_id, id, stream_id, version, data, type)
            VALUES (nextval('{{s}}.mt_events_sequence'), gen_random_uuid(), '{{stream}}', 1, '{"streamId":"{{stream}}","n":1}', 'test.counted')
            RETURNING seq_id
            """, conn, tx);
        var sequence = (long)(await insert.ExecuteScalarAsync())!;
        return (conn, tx, sequence);
    }

    [Fact]
    public async Task A_lower_sequence_committing_after_a_higher_one_is_never_skipped()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        await store.EnsureSchemaAsync();
        var projection = new CountingProjection(store.Options.Schema);
        await using var running = await RunningDaemon.StartAsync(store, [projection]);

        var held = Guid.NewGuid();
        var (conn, tx, low) = await AllocateAndHoldAsync(store, held);
        var later = Guid.NewGuid();
        var append = store.AppendAsync(later, new Counted(later, 2));

        // The later append cannot take a number, let alone commit, while the lower one is open...
        (await Task.WhenAny(append, Task.Delay(700))).ShouldNotBe(append);
        (await store.ReadAllAsync(0, 10)).ShouldBeEmpty();
        running.Daemon.PositionOf(projection.Name).ShouldBe(0);

        await tx.CommitAsync();
        await conn.DisposeAsync();
        var high = (await append).LastSequence;
        high.ShouldBeGreaterThan(low);

        // ...so the daemon gets both, lower first.
        await running.Daemon.WaitForSequenceAsync(projection.Name, high, TimeSpan.FromSeconds(10));
        (await store.ReadAllAsync(0, 10)).Select(e => e.Sequence).ShouldBe([low, high]);
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Options.Schema}.seen_counting WHERE seq IN ({low}, {high})")).ShouldBe(2);
    }

    [Fact]
    public async Task A_rolled_back_append_leaves_no_visible_event_and_the_reader_passes_its_hole()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        await store.EnsureSchemaAsync();
        var projection = new CountingProjection(store.Options.Schema);
        await using var running = await RunningDaemon.StartAsync(store, [projection]);

        var (conn, tx, hole) = await AllocateAndHoldAsync(store, Guid.NewGuid());
        await tx.RollbackAsync();
        await conn.DisposeAsync();
        var stream = Guid.NewGuid();
        var after = (await store.AppendAsync(stream, new Counted(stream, 1))).LastSequence;

        after.ShouldBeGreaterThan(hole);
        (await store.ReadAllAsync(0, 10)).Select(e => e.Sequence).ShouldBe([after]);
        await running.Daemon.WaitForSequenceAsync(projection.Name, after, TimeSpan.FromSeconds(10));
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Options.Schema}.seen_counting")).ShouldBe(1);
    }
}
