using System.Globalization;
using System.Text;
using Competition.Domain.Sheets;
using Competition.Projections.Store;
using Marten;

namespace Competition.Bench;

/// <summary>
/// Appends/s of the engine's event store (Marten, configured by CompetitionStore) against the floor it is
/// built on: one single-row INSERT transaction per append through Npgsql into a table of the same shape,
/// at 1, 8 and 32 concurrent writers. Each of our appends is what the engine does for one command: a
/// lightweight session, the sheet stream started (StartStream with its stream type) or appended to at
/// the expected version, SaveChangesAsync (one quick-append round trip, one commit).
/// </summary>
internal static class AppendBenchmark
{
    const string Schema = "bench";
    static readonly int[] Concurrency = [1, 8, 32];

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv);
        // --assert: also assert two streams the decision read (the contest's and the entry's), as a mark's command does.
        var assert = args.Raw.Contains("--assert");
        // Experiments on the engine's settings (not in bench/run.sh): --no-notify, --no-row-lock.
        var changed = new List<string>();
        await using var db = await BenchDatabase.StartAsync("append");
        await using var store = await BenchStore.CreateAsync(db.ConnectionString, Schema, opts =>
        {
            if (args.Raw.Contains("--no-notify")) { opts.Events.UseListenNotifyForEventAppends = false; changed.Add("UseListenNotifyForEventAppends = false"); }
            if (args.Raw.Contains("--no-row-lock")) { opts.Events.UseExclusiveLockOnConcurrentAppends = false; changed.Add("UseExclusiveLockOnConcurrentAppends = false"); }
        });
        var decidedOn = assert ? await DecidedOnAsync(store) : [];
        // --without-notify: each row also measures a second store (its own schema, same database) as configured but
        // without UseListenNotifyForEventAppends, right after ours: what the NOTIFY on every append costs.
        await using var quiet = args.Raw.Contains("--without-notify")
            ? await BenchStore.CreateAsync(db.ConnectionString, Schema + "_quiet", opts => opts.Events.UseListenNotifyForEventAppends = false)
            : null;
        var quietDecidedOn = quiet is not null && assert ? await DecidedOnAsync(quiet) : [];
        await using var raw = await RawInserts.CreateAsync(db.ConnectionString);

        var rows = new List<(int Writers, double Raw, double Ours, double? Quiet)>();
        var only = args.Integer("--writers", 0); // one row only, for trying a change
        foreach (var writers in Concurrency.Where(w => only == 0 || w == only))
        {
            var rawRate = (await raw.MeasureAsync(writers, args)).PerSecond;
            var ourRate = (await Throughput.MeasureAsync(writers, args, _ => Task.FromResult(new Writer(Guid.NewGuid())),
                w => AppendOursAsync(store, w, decidedOn))).PerSecond;
            double? quietRate = quiet is null ? null : (await Throughput.MeasureAsync(writers, args, _ => Task.FromResult(new Writer(Guid.NewGuid())),
                w => AppendOursAsync(quiet, w, quietDecidedOn))).PerSecond;
            rows.Add((writers, rawRate, ourRate, quietRate));
            Console.WriteLine($"{writers,3} writers: raw {rawRate,9:F0}/s  ours {ourRate,9:F0}/s  ratio {ourRate / rawRate:P0}" +
                              (quietRate is { } q ? $"  without NOTIFY {q,9:F0}/s  ratio {q / rawRate:P0}" : ""));
        }

        await ResultsFile.WriteAsync("append", Report(rows, args, assert, changed));
        return 0;
    }

    sealed class Writer(Guid stream)
    {
        public Guid Stream { get; } = stream;
        public long Version { get; set; }
    }

    /// <summary>A mark as the engine logs it (the raw path inserts the same JSON).</summary>
    public static MarkAwarded NewMark(Guid sheet) =>
        new(sheet, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 8.75m, DateTimeOffset.UtcNow);

    static async Task AppendOursAsync(DocumentStore store, Writer writer, Guid[] decidedOn)
    {
        await using var session = store.LightweightSession();
        session.AssertStreamVersions([.. decidedOn.Select(stream => (stream, 1L))]);
        var mark = NewMark(writer.Stream);
        // As StreamAppender.Queue: a new stream is started with its type; otherwise the version after the append is expected.
        if (writer.Version == 0) session.Events.StartStream(CompetitionStore.StreamTypes.Sheet, writer.Stream, mark);
        else session.Events.Append(writer.Stream, writer.Version + 1, mark);
        await session.SaveChangesAsync();
        writer.Version++;
    }

    /// <summary>Two streams at version 1 (a contest's and an entry's), for --assert.</summary>
    static async Task<Guid[]> DecidedOnAsync(DocumentStore store)
    {
        Guid[] streams = [Guid.NewGuid(), Guid.NewGuid()];
        await using var session = store.LightweightSession();
        foreach (var stream in streams) session.Events.StartStream(CompetitionStore.StreamTypes.Entry, stream, NewMark(stream));
        await session.SaveChangesAsync();
        return streams;
    }

    static string Report(List<(int Writers, double Raw, double Ours, double? Quiet)> rows, BenchArgs args, bool assert, List<string> changed)
    {
        var md = new StringBuilder();
        md.AppendLine("# Append throughput: raw INSERT transactions vs the engine's Marten event store");
        md.AppendLine();
        var command = "append" + string.Concat(args.Raw.Select(a => " " + a));
        md.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Competition.Bench -- {command}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
                      $"{Environment.ProcessorCount} cores, local cluster with fsync on, {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s per cell.");
        md.AppendLine();
        md.AppendLine("Ours: Marten 9 as CompetitionStore configures it (quick appends with server timestamps, the version checked under a row lock), " +
                      "one lightweight session per append, each writer on its own sheet stream (StartStream, then Append at the expected version), " +
                      $"SaveChangesAsync{(assert ? ", with the contest's and the entry's versions asserted (competition_assert_stream_versions) as a mark's command does" : "")}. " +
                      "Raw: one single-row INSERT transaction of the same event JSON into a table shaped like mt_events, one connection per writer." +
                      (changed.Count > 0 ? $" **Changed from the engine's settings for this run: {string.Join(", ", changed)}.**" : ""));
        md.AppendLine();
        var withQuiet = rows.Any(r => r.Quiet is not null);
        md.AppendLine("| writers | raw INSERT tx/s | ours appends/s | ours / raw |" + (withQuiet ? " ours without NOTIFY appends/s (experiment) | without NOTIFY / raw |" : ""));
        md.AppendLine("|---:|---:|---:|---:|" + (withQuiet ? "---:|---:|" : ""));
        foreach (var (writers, rawRate, ours, q) in rows)
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {writers} | {rawRate:F0} | {ours:F0} | {ours / rawRate:P0} |") +
                          (q is { } qv ? string.Create(CultureInfo.InvariantCulture, $" {qv:F0} | {qv / rawRate:P0} |") : ""));
        return md.ToString();
    }
}
