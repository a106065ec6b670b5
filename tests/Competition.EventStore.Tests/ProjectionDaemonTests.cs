using Competition.TestSupport;
using Npgsql;

namespace Competition.EventStore.Tests;

public sealed class ProjectionDaemonTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    async Task<long> AppendManyAsync(PostgresEventStore store, int count)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
        {
            var stream = Guid.NewGuid();
            return store.AppendAsync(stream, new Counted(stream, i));
        }));
        return results.Max(r => r.LastSequence);
    }

    Task<long> Scalar(PostgresEventStore store, string sql) => TestStores.ScalarAsync(db.ConnectionString, sql.Replace("{s}", store.Options.Schema));

    /// <summary>Rows the read model holds must be exactly the events at or below its checkpoint.</summary>
    async Task ReadModelMatchesCheckpointAsync(PostgresEventStore store, string name = "counting")
    {
        var checkpoint = await Scalar(store, $"SELECT coalesce(max(last_seq_id), 0) FROM {{s}}.mt_event_progression WHERE name = '{name}'");
        var seen = await Scalar(store, $"SELECT count(*) FROM {{s}}.seen_{name}");
        seen.ShouldBe(await Scalar(store, $"SELECT count(*) FROM {{s}}.mt_events WHERE seq_id <= {checkpoint}"));
    }

    [Fact]
    public async Task A_failing_batch_is_retried_and_read_model_and_checkpoint_never_disagree()
    {
        await using var store = TestStores.Create(db.ConnectionString, o => o.ProjectionBatchSize = 10);
        var head = await AppendManyAsync(store, 60);
        var projection = new CountingProjection(store.Options.Schema) { FailOnBatch = 2 };
        await using var running = await RunningDaemon.StartAsync(store, [projection]);

        await running.Daemon.WaitForSequenceAsync(projection.Name, head, Patience);
        projection.Batches.ShouldBe(7); // six batches of ten, one of them twice
        await ReadModelMatchesCheckpointAsync(store);
        (await Scalar(store, "SELECT count(*) FROM {s}.seen_counting")).ShouldBe(60);
    }

    [Fact]
    public async Task A_projection_of_some_types_reads_exactly_those_and_its_checkpoint_still_reaches_the_head()
    {
        await using var store = TestStores.Create(db.ConnectionString, o => o.ProjectionBatchSize = 10);
        var stream = Guid.NewGuid();
        for (var i = 0; i < 45; i++) // every third event is a note; the log ends with events it does not read
            await store.AppendAsync(stream, i % 3 == 0
                ? new Noted(stream, $"note {i}", i, [], DateTimeOffset.UnixEpoch)
                : new Counted(stream, i));
        var head = await AppendManyAsync(store, 5);
        var projection = new CountingProjection(store.Options.Schema, "notes") { EventTypes = [typeof(Noted)] };
        await using var running = await RunningDaemon.StartAsync(store, [projection]);

        await running.Daemon.WaitForSequenceAsync(projection.Name, head, Patience);
        (await Scalar(store, "SELECT count(*) FROM {s}.seen_notes")).ShouldBe(15);
        (await Scalar(store, "SELECT count(*) FROM {s}.seen_notes n JOIN {s}.mt_events e ON e.seq_id = n.seq WHERE e.type = 'test.noted'")).ShouldBe(15);
        (await Scalar(store, "SELECT last_seq_id FROM {s}.mt_event_progression WHERE name = 'notes'")).ShouldBe(head);
        projection.Batches.ShouldBe(2); // ten notes, then five: the other 35 events were never read for it
    }

    [Fact]
    public async Task A_runner_killed_mid_run_resumes_from_its_checkpoint_without_double_or_missed_events()
    {
        await using var store = TestStores.Create(db.ConnectionString, o => o.ProjectionBatchSize = 10);
        var head = await AppendManyAsync(store, 150);
        var projection = new CountingProjection(store.Options.Schema, "killed") { DelayPerBatch = TimeSpan.FromMilliseconds(40) };
        var first = await RunningDaemon.StartAsync(store, [projection]);
        await first.Daemon.WaitForSequenceAsync(projection.Name, 20, Patience);

        // Kill the runner's backend in the middle of a batch, then stop the whole daemon as a crash would.
        (await Scalar(store, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'projection:killed' AND datname = current_database()")).ShouldBe(1);
        await first.DisposeAsync();
        await ReadModelMatchesCheckpointAsync(store, "killed");
        (await Scalar(store, "SELECT count(*) FROM {s}.seen_killed")).ShouldBeLessThan(150);

        await using var second = await RunningDaemon.StartAsync(store, [new CountingProjection(store.Options.Schema, "killed")]);
        await second.Daemon.WaitForSequenceAsync(projection.Name, head, Patience);
        await ReadModelMatchesCheckpointAsync(store, "killed");
        (await Scalar(store, "SELECT count(*) FROM {s}.seen_killed")).ShouldBe(150);
    }

    [Fact]
    public async Task Rebuild_gives_the_same_read_model_as_the_live_projection()
    {
        await using var store = TestStores.Create(db.ConnectionString, o => o.ProjectionBatchSize = 25);
        var head = await AppendManyAsync(store, 80);
        var projection = new CountingProjection(store.Options.Schema);
        await using var running = await RunningDaemon.StartAsync(store, [projection]);
        await running.Daemon.WaitForSequenceAsync(projection.Name, head, Patience);
        var live = await Scalar(store, "SELECT sum(seq * 7 + ascii(stream_id::text)) FROM {s}.seen_counting");

        var more = AppendManyAsync(store, 20);
        await running.Daemon.RebuildAsync(projection.Name);
        var newHead = await more;
        await running.Daemon.WaitForSequenceAsync(projection.Name, newHead, Patience);

        await ReadModelMatchesCheckpointAsync(store);
        (await Scalar(store, "SELECT count(*) FROM {s}.seen_counting")).ShouldBe(100);
        (await Scalar(store, $"SELECT sum(seq * 7 + ascii(stream_id::text)) FROM {{s}}.seen_counting WHERE seq <= {head}")).ShouldBe(live);
    }

    [Fact]
    public async Task Only_one_daemon_runs_a_projection_at_a_time()
    {
        await using var store = TestStores.Create(db.ConnectionString, o => o.ProjectionBatchSize = 10);
        var a = new CountingProjection(store.Options.Schema);
        var b = new CountingProjection(store.Options.Schema);
        await using var one = await RunningDaemon.StartAsync(store, [a]);
        await using var two = await RunningDaemon.StartAsync(store, [b]);
        var head = await AppendManyAsync(store, 100);

        await one.Daemon.WaitForSequenceAsync("counting", head, Patience);
        await two.Daemon.WaitForSequenceAsync("counting", head, Patience);
        Math.Min(a.Batches, b.Batches).ShouldBe(0);
        (await Scalar(store, "SELECT count(*) FROM {s}.seen_counting")).ShouldBe(100);
    }

    [Fact]
    public async Task Notify_wakes_the_daemon_long_before_the_poll_interval()
    {
        await using var store = TestStores.Create(db.ConnectionString, o => o.ProjectionPollInterval = TimeSpan.FromSeconds(60));
        var projection = new CountingProjection(store.Options.Schema);
        await using var running = await RunningDaemon.StartAsync(store, [projection]);
        await running.Daemon.WaitForSequenceAsync(projection.Name, await AppendManyAsync(store, 1), Patience);

        var started = DateTime.UtcNow;
        await running.Daemon.WaitForSequenceAsync(projection.Name, await AppendManyAsync(store, 1), TimeSpan.FromSeconds(5));
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Listeners_hear_of_a_batch_only_after_it_committed()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var listener = new CheckpointCheckingListener(db.ConnectionString, store.Options.Schema);
        var projection = new CountingProjection(store.Options.Schema);
        await using var running = await RunningDaemon.StartAsync(store, [projection], listener);
        var head = await AppendManyAsync(store, 5);
        await running.Daemon.WaitForSequenceAsync(projection.Name, head, Patience);

        // Waiters are released at commit; listeners are told right after, on the runner's own loop.
        for (var i = 0; i < 50 && listener.Heard.Sum(h => h.Count) < 5; i++) await Task.Delay(100);
        listener.Heard.Sum(h => h.Count).ShouldBe(5);
        listener.Heard.ShouldAllBe(h => h.CommittedCheckpoint >= h.Sequence && h.Projection == "counting");
    }

    [Fact]
    public async Task Waiting_for_a_sequence_that_never_comes_times_out()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        await using var running = await RunningDaemon.StartAsync(store, [new CountingProjection(store.Options.Schema)]);
        await Should.ThrowAsync<TimeoutException>(() => running.Daemon.WaitForSequenceAsync("counting", 1_000, TimeSpan.FromMilliseconds(300)));
        Should.Throw<ArgumentException>(() => running.Daemon.PositionOf("nope"));
    }

    sealed class CheckpointCheckingListener(string connectionString, string schema) : IProjectionListener
    {
        public List<(string Projection, long Sequence, int Count, long CommittedCheckpoint)> Heard { get; } = [];

        public async Task OnBatchCommittedAsync(string projection, long sequence, IReadOnlyList<EventEnvelope> batch, CancellationToken ct)
        {
            // Another connection sees the checkpoint: the batch is committed, not merely applied.
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"SELECT last_seq_id FROM {schema}.mt_event_progression WHERE name = $1", conn)
            { Parameters = { new() { Value = projection } } };
            var committed = (long)(await cmd.ExecuteScalarAsync(ct))!;
            lock (Heard) Heard.Add((projection, sequence, batch.Count, committed));
        }
    }
}
