using System.Diagnostics;
using Competition.Domain;
using Competition.EventStore;
using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;
using Npgsql;

namespace Competition.Bench.Rebuild;

/// <summary>
/// A log of about a million events (whole contests, see ContestLog), then the leaderboard projection fed
/// from sequence 0: by the running daemon (catch-up) and by ProjectionDaemon.RebuildAsync, against the
/// floors under them: a plain SELECT streaming every event, and the store's reader (same batches, JSON
/// deserialized) without any projection.
/// </summary>
internal static class RebuildBenchmark
{
    const string Projection = "leaderboards";

    public static async Task<int> RunAsync(string[] argv)
    {
        var quick = argv.Contains("--quick");
        var target = (long)Flag(argv, "--events", quick ? 100_000 : 1_000_000);
        var repeats = (int)Flag(argv, "--repeats", quick ? 1 : 2);
        // The live path from 0 is ten times slower than a rebuild: a minute and more for a million events.
        var catchUp = quick || argv.Contains("--catch-up");

        await using var db = await BenchDatabase.StartAsync("rebuild");
        var options = new EventStoreOptions { ConnectionString = db.ConnectionString };
        options.RebuildBatchSize = (int)Flag(argv, "--rebuild-batch", options.RebuildBatchSize);
        foreach (var (name, type) in DomainEvents.WireNames) options.Events.Register(type, name);
        await using var store = new PostgresEventStore(options);
        await store.EnsureSchemaAsync();
        await using var readModels = new ReadModelDb(options, store.DataSource);

        var clock = Stopwatch.StartNew();
        var (events, contests) = await LogWriter.WriteAsync(store.DataSource, options, target);
        var generation = clock.Elapsed;
        await ExecuteAsync(store.DataSource, "VACUUM ANALYZE mt_events");
        var head = await store.ReadHeadSequenceAsync();
        Console.WriteLine($"generated {events:N0} events ({contests} contests) in {generation.TotalSeconds:F1} s; head {head:N0}");

        var raw = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            raw.Add(events / (await TimeAsync(() => RawReadAsync(store.DataSource, head))).TotalSeconds);
            Console.WriteLine($"raw SELECT {raw[^1]:F0}/s");
        }

        var daemon = new ProjectionDaemon(store, [new LeaderboardProjection(readModels)], []);
        TimeSpan? caughtUp = null;
        string? live = null;
        if (catchUp)
        {
            await daemon.StartAsync(CancellationToken.None);
            caughtUp = await TimeAsync(() => daemon.WaitForSequenceAsync(Projection, head, TimeSpan.FromMinutes(15)));
            Console.WriteLine($"catch-up from 0: {caughtUp.Value.TotalSeconds:F1} s, {events / caughtUp.Value.TotalSeconds:F0}/s");
            live = await BoardsDigestAsync(store.DataSource);
        }

        var rebuild = new List<double>();
        var inStep = new List<double>();
        var identical = true;
        for (var i = 0; i < repeats; i++)
        {
            var elapsed = await TimeAsync(async () =>
            {
                await daemon.RebuildAsync(Projection);
                if (await CheckpointAsync(store.DataSource) != head) throw new InvalidOperationException("Rebuild committed without reaching the head.");
            });
            rebuild.Add(events / elapsed.TotalSeconds);
            inStep.Add(elapsed.TotalSeconds);
            var digest = await BoardsDigestAsync(store.DataSource);
            identical &= digest == (live ??= digest);
            Console.WriteLine($"rebuild: {elapsed.TotalSeconds:F1} s, {rebuild[^1]:F0}/s");
        }
        if (catchUp) await daemon.StopAsync(CancellationToken.None);
        daemon.Dispose();

        // After the rebuilds, so that both run the same (tiered-up) deserializers.
        var reader = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            reader.Add(events / (await TimeAsync(() => StoreReadAsync(store, head))).TotalSeconds);
            Console.WriteLine($"store reader {reader[^1]:F0}/s");
        }

        var report = RebuildReport.Render(new RebuildReport.Figures(events, contests, generation, Spread.Of(raw), Spread.Of(reader), options.RebuildBatchSize,
            caughtUp, Spread.Of(rebuild), Spread.Of(inStep), identical, await CountAsync(store.DataSource, readModels.Leaderboards), string.Concat(argv.Select(a => " " + a))));
        Console.WriteLine();
        Console.WriteLine(report);
        var dir = Path.Combine(Competition.TestSupport.RepositoryRoot.Find(), "bench", "results");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "rebuild.md"), report);
        return 0;
    }

    static double Flag(string[] argv, string name, double fallback)
    {
        var i = Array.IndexOf(argv, name);
        return i >= 0 && i + 1 < argv.Length ? double.Parse(argv[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }

    static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }

    /// <summary>The floor: every event's columns streamed by one SELECT, data read as text, nothing parsed.</summary>
    static async Task RawReadAsync(NpgsqlDataSource source, long head)
    {
        await using var conn = await source.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT seq_id, id, stream_id, version, data, type, timestamp, correlation_id, causation_id FROM mt_events ORDER BY seq_id", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        long last = 0, bytes = 0;
        while (await reader.ReadAsync())
        {
            last = reader.GetInt64(0);
            bytes += reader.GetString(4).Length + reader.GetString(5).Length;
            _ = reader.GetGuid(2);
            _ = reader.GetFieldValue<DateTimeOffset>(6);
        }
        if (last != head || bytes == 0) throw new InvalidOperationException($"Raw read ended at {last}, not {head}.");
    }

    /// <summary>What a rebuild reads before any projection work: batches of RebuildBatchSize, deserialized.</summary>
    static async Task StoreReadAsync(PostgresEventStore store, long head)
    {
        long at = 0;
        while (at < head)
        {
            var batch = await store.ReadAllAsync(at, (int)Math.Min(store.Options.RebuildBatchSize, head - at));
            if (batch.Count == 0) throw new InvalidOperationException($"Store read stopped at {at}, not {head}.");
            at = batch[^1].Sequence;
        }
    }

    static async Task<long> CheckpointAsync(NpgsqlDataSource source)
    {
        await using var cmd = source.CreateCommand($"SELECT last_seq_id FROM mt_event_progression WHERE name = '{Projection}'");
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    static async Task<string> BoardsDigestAsync(NpgsqlDataSource source)
    {
        await using var cmd = source.CreateCommand("SELECT md5(string_agg(board::text, '' ORDER BY category_id)) FROM read_leaderboards");
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    static async Task<long> CountAsync(NpgsqlDataSource source, string table)
    {
        await using var cmd = source.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    static async Task ExecuteAsync(NpgsqlDataSource source, string sql)
    {
        await using var cmd = source.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }
}
