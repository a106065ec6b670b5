using System.Diagnostics;
using Competition.Projections.Leaderboards;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Competition.Bench.Rebuild;

/// <summary>
/// A log of about a million events (whole contests, see ContestLog) bulk-written into Marten's tables, then
/// the leaderboard projection fed from sequence 0 by Marten's async daemon: rebuilt
/// (<c>RebuildProjectionAsync</c>) and, with <c>--catch-up</c>, caught up by the running daemon (the live
/// path), against the floors under them: a plain SELECT streaming every event, and the daemon's own event
/// loader (pages of the projection's batch size, JSON deserialized) without any projection.
/// Knobs for trying what the documentation suggests: <c>--batch N</c> (the projection's Options.BatchSize),
/// <c>--hopper N</c> (Options.MaximumHopperSize), <c>--type-index</c> (Events.EnableEventTypeIndex),
/// <c>--bulk-copy</c> (Projections.RebuildWithBulkCopy, experimental), <c>--profile</c> (time in our ApplyAsync).
/// </summary>
internal static class RebuildBenchmark
{
    const string Projection = LeaderboardProjection.ProjectionName;

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv);
        var quick = argv.Contains("--quick");
        var target = (long)args.Number("--events", quick ? 100_000 : 1_000_000);
        var repeats = args.Integer("--repeats", quick ? 1 : 2);
        // The live path from 0 is not what a rebuild runs; on demand only.
        var catchUp = quick || argv.Contains("--catch-up");
        var knobs = new List<string>();
        TimedLeaderboards? timed = null;

        await using var db = await BenchDatabase.StartAsync("rebuild");
        await using var store = await BenchStore.CreateAsync(db.ConnectionString, "public", opts =>
        {
            if (argv.Contains("--profile")) timed = TimedLeaderboards.Replace(opts);
            var options = BenchStore.Projection(opts, Projection).Options;
            if (args.Raw.Contains("--batch")) options.BatchSize = args.Integer("--batch", options.BatchSize);
            if (args.Raw.Contains("--hopper")) options.MaximumHopperSize = args.Integer("--hopper", options.MaximumHopperSize);
            if (argv.Contains("--type-index")) opts.Events.EnableEventTypeIndex = true;
            if (argv.Contains("--bulk-copy")) opts.Projections.RebuildWithBulkCopy = true;
            knobs.Add($"BatchSize {options.BatchSize}");
            knobs.Add($"MaximumHopperSize {options.MaximumHopperSize}");
            if (opts.Events.EnableEventTypeIndex) knobs.Add("EnableEventTypeIndex");
            if (opts.Projections.RebuildWithBulkCopy) knobs.Add("RebuildWithBulkCopy");
        }, connection =>
        {
            // The API's data source prepares its statements automatically (Max Auto Prepare 64), so after five pages PostgreSQL may
            // run the daemon's page query on a generic plan: --auto-prepare 0 turns preparing off, --custom-plans plans every execution.
            if (args.Raw.Contains("--auto-prepare")) connection.MaxAutoPrepare = args.Integer("--auto-prepare", 64);
            if (argv.Contains("--custom-plans")) connection.Options = "-c plan_cache_mode=force_custom_plan";
            knobs.Add($"Max Auto Prepare {connection.MaxAutoPrepare}" + (connection.Options is { Length: > 0 } o ? $", {o}" : ""));
        });
        var batchSize = BenchStore.Projection(store.Options, Projection).Options.BatchSize;
        var source = NpgsqlDataSource.Create(db.ConnectionString);

        var written = await LogWriter.WriteAsync(store, target);
        await ExecuteAsync(source, "VACUUM ANALYZE mt_events");
        await ExecuteAsync(source, "VACUUM ANALYZE mt_streams");
        var head = await ScalarAsync(source, "SELECT coalesce(max(seq_id), 0) FROM mt_events");
        var events = written.Events;
        if (head != events) throw new InvalidOperationException($"The log's head is {head}, not {events}.");
        Console.WriteLine($"generated {events:N0} events ({written.Contests} contests) in {written.Generation.TotalSeconds:F1} s, " +
                          $"bulk-inserted in {written.Copy.TotalSeconds:F1} s ({events / written.Copy.TotalSeconds:F0}/s); head {head:N0}");

        var raw = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            raw.Add(events / (await TimeAsync(() => RebuildFloors.RawReadAsync(source, head))).TotalSeconds);
            Console.WriteLine($"raw SELECT {raw[^1]:F0}/s");
        }

        using var daemon = await store.BuildProjectionDaemonAsync();
        TimeSpan? caughtUp = null;
        string? live = null;
        if (catchUp)
        {
            caughtUp = await TimeAsync(async () =>
            {
                await daemon.StartAllAsync();
                await WaitForCheckpointAsync(source, head, TimeSpan.FromMinutes(15));
            });
            await daemon.StopAllAsync();
            Console.WriteLine($"catch-up from 0: {caughtUp.Value.TotalSeconds:F1} s, {events / caughtUp.Value.TotalSeconds:F0}/s");
            live = await BoardsDigestAsync(source);
        }

        var rebuilds = new List<RebuildReport.Run>();
        var identical = true;
        for (var i = 0; i < repeats; i++)
        {
            timed?.Reset();
            var writesBefore = timed is null ? null : await TableWritesAsync(source);
            var (client, server) = (Process.GetCurrentProcess().TotalProcessorTime, db.ServerCpuTime());
            var elapsed = await TimeAsync(async () =>
            {
                await daemon.RebuildProjectionAsync(Projection, TimeSpan.FromMinutes(15), CancellationToken.None);
                var reached = await CheckpointAsync(source);
                if (reached != head) throw new InvalidOperationException($"Rebuild ended at {reached}, not at the head {head}.");
            });
            (client, server) = (Process.GetCurrentProcess().TotalProcessorTime - client, db.ServerCpuTime() - server);
            var writes = writesBefore is null ? null : Delta(writesBefore, await TableWritesAsync(source));
            var run = new RebuildReport.Run(events / elapsed.TotalSeconds, elapsed, client, server, timed?.Taken, writes);
            rebuilds.Add(run);
            var digest = await BoardsDigestAsync(source);
            identical &= digest == (live ??= digest);
            Console.WriteLine($"rebuild: {elapsed.TotalSeconds:F1} s, {run.Rate:F0}/s; CPU bench {client.TotalSeconds:F1} s, PostgreSQL {server.TotalSeconds:F1} s" +
                              (run.Profile is { } p ? $"; ApplyAsync {p.Apply.TotalSeconds:F1} s over {p.Pages} pages ({p.Events / Math.Max(1, p.Pages)} events each)" : "") +
                              (writes is null ? "" : "; rows written " + string.Join(", ", writes.Select(w => $"{w.Key} {w.Value:N0}"))));
        }

        // After the rebuilds, so that both run the same (tiered-up) deserializers.
        var reader = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            reader.Add(events / (await TimeAsync(() => RebuildFloors.DaemonLoaderReadAsync(store, Projection, head))).TotalSeconds);
            Console.WriteLine($"daemon loader {reader[^1]:F0}/s");
        }

        var boards = await ScalarAsync(source, "SELECT count(*) FROM mt_doc_leaderboardview");
        var report = RebuildReport.Render(new RebuildReport.Figures(events, written.Contests, written.Generation, written.Copy, Spread.Of(raw), Spread.Of(reader),
            batchSize, string.Join(", ", knobs), caughtUp, rebuilds, identical, boards, string.Concat(argv.Select(a => " " + a))));
        await ResultsFile.WriteAsync("rebuild", report);
        await source.DisposeAsync();
        return identical ? 0 : 1;
    }

    static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed;
    }

    /// <summary>Rows inserted, updated or deleted so far per mt_doc_ table (pg_stat_user_tables, after the stats collector caught up).</summary>
    static async Task<Dictionary<string, long>> TableWritesAsync(NpgsqlDataSource source)
    {
        await Task.Delay(1200); // backends report their counts at most once a second
        await using var conn = await source.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables WHERE relname LIKE 'mt_doc_%' OR relname = 'mt_event_progression'", conn);
        var rows = new Dictionary<string, long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows[reader.GetString(0)] = reader.GetInt64(1);
        return rows;
    }

    static Dictionary<string, long> Delta(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Select(a => (a.Key, Value: a.Value - before.GetValueOrDefault(a.Key))).Where(a => a.Value > 0).OrderByDescending(a => a.Value).ToDictionary(a => a.Key, a => a.Value);

    static Task<long> CheckpointAsync(NpgsqlDataSource source) =>
        ScalarAsync(source, $"SELECT coalesce(max(last_seq_id), 0) FROM mt_event_progression WHERE name = '{LeaderboardProjection.ShardName}'");

    static async Task WaitForCheckpointAsync(NpgsqlDataSource source, long head, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (await CheckpointAsync(source) < head)
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"The daemon did not reach {head} within {timeout}.");
            await Task.Delay(50);
        }
    }

    static async Task<string> BoardsDigestAsync(NpgsqlDataSource source)
    {
        await using var cmd = source.CreateCommand("SELECT coalesce(md5(string_agg(data::text, '' ORDER BY id)), '') FROM mt_doc_leaderboardview");
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    static async Task<long> ScalarAsync(NpgsqlDataSource source, string sql)
    {
        await using var cmd = source.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    static async Task ExecuteAsync(NpgsqlDataSource source, string sql)
    {
        await using var cmd = source.CreateCommand(sql);
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync();
    }
}
