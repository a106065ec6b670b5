using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Competition.Bench.Http;

namespace Competition.Bench;

/// <summary>
/// Marks/s over HTTP: the real API in its own process, judges each PUTting marks on their own sheets in
/// closed loops, against raw single-row INSERT transactions through Npgsql at the same concurrency on the
/// same server. Raw and ours alternate within each repeat, so background noise hits both alike.
/// </summary>
internal static class MarksBenchmark
{
    static readonly int[] Concurrency = [1, 8, 32, 64];
    const int Entries = 40, Criteria = 4;

    /// <summary>CPU milliseconds per operation over the whole loop (warm-up included): the API process's per mark, and
    /// PostgreSQL's (all its processes) per mark and per raw insert.</summary>
    sealed record Cell(int Judges, Measurement Raw, Measurement Ours, long Errors, double ApiCpuPerMark, double ServerCpuPerMark, double ServerCpuPerInsert, double ClientCpuPerMark)
    {
        public double Ratio => Ours.PerSecond / Raw.PerSecond;
    }

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv, seconds: 4, warmup: 0.5);
        var repeats = args.Integer("--repeats", 3);
        await using var api = await ApiUnderTest.StartAsync("marks");
        // A fresh panel per concurrency, so no judge's sheets grow longer than a contest's would.
        var contest = await BenchContest.SetUpAsync(api.Http, Concurrency.Sum() + 8, Entries, Criteria);
        var panels = new List<JudgeAtWork[]>();
        var taken = 0;
        foreach (var n in Concurrency.Append(8))
        {
            panels.Add(contest.Judges.Skip(taken).Take(n).Select(j => new JudgeAtWork(api.Http, contest, j)).ToArray());
            taken += n;
        }
        await using var raw = await RawInserts.CreateAsync(api.Database.ConnectionString);

        // Warm-up of the API's hot paths and of the raw path, outside every window. Long enough for tiered
        // compilation to finish: after 4 s the JIT still took about a quarter of the API's CPU (perf).
        var errors = new StrongBox<long>();
        var acknowledged = new ConcurrentQueue<MarkAnswer>();
        await Throughput.MeasureAsync(8, args with { Duration = TimeSpan.FromSeconds(args.Number("--jit-warmup", 10)) },
            j => Task.FromResult(panels[^1][j]), j => MarkAsync(j, errors, acknowledged));
        await raw.MeasureAsync(8, args with { Duration = TimeSpan.FromSeconds(1) });
        Console.WriteLine($"set-up and warm-up done ({errors.Value} non-200 answers in warm-up)");

        var cells = new List<Cell>();
        var only = args.Integer("--judges", 0); // one row only, for trying a change
        for (var level = 0; level < Concurrency.Length; level++)
        {
            var n = Concurrency[level];
            if (only != 0 && n != only) continue;
            var panel = panels[level];
            await api.Database.VacuumAsync();
            for (var r = 0; r < repeats; r++)
            {
                var server = api.Database.ServerCpuTime();
                var rawRun = await raw.MeasureAsync(n, args);
                var rawServer = api.Database.ServerCpuTime() - server;
                errors.Value = 0;
                var client = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                (var cpu, server) = (api.Api.CpuTime(), api.Database.ServerCpuTime());
                var ours = await Throughput.MeasureAsync(n, args, j => Task.FromResult(panel[j]), j => MarkAsync(j, errors, acknowledged));
                (cpu, server) = (api.Api.CpuTime() - cpu, api.Database.ServerCpuTime() - server);
                client = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - client;
                cells.Add(new Cell(n, rawRun, ours, Interlocked.Read(ref errors.Value), cpu.TotalMilliseconds / ours.Completed,
                    server.TotalMilliseconds / ours.Completed, rawServer.TotalMilliseconds / rawRun.Completed, client.TotalMilliseconds / ours.Completed));
                Console.WriteLine(
                    $"{n,3} judges #{r + 1}: raw {rawRun.PerSecond,7:F0}/s p50 {rawRun.Latency.P50:F1} ms  ours {ours.PerSecond,7:F0}/s p50 {ours.Latency.P50:F1} p99 {ours.Latency.P99:F1} ms  ratio {ours.PerSecond / rawRun.PerSecond:P0}  CPU/mark API {cells[^1].ApiCpuPerMark:F2} PG {cells[^1].ServerCpuPerMark:F2} ms (raw PG {cells[^1].ServerCpuPerInsert:F2}) client {cells[^1].ClientCpuPerMark:F2}  errors {errors.Value}");
            }
        }
        var missing = await MissingFromLogAsync(api.Database.ConnectionString, acknowledged);
        Console.WriteLine($"acknowledged marks: {acknowledged.Count}, missing from mt_events: {missing}");
        await ResultsFile.WriteAsync("marks", Report(cells, args, repeats, contest, acknowledged.Count, missing));
        return cells.Any(c => c.Errors > 0) || missing > 0 ? 1 : 0;
    }

    /// <summary>One PUT: a 200 is kept for the look-up in the log, anything else counted.</summary>
    public static async Task MarkAsync(JudgeAtWork judge, StrongBox<long> errors, ConcurrentQueue<MarkAnswer> acknowledged)
    {
        var answer = await judge.MarkAsync();
        if (answer.Ok) acknowledged.Enqueue(answer);
        else Interlocked.Increment(ref errors.Value);
    }

    /// <summary>Every mark answered 200 names an event (its sheet stream at the answered version): how many are not in mt_events.</summary>
    public static async Task<int> MissingFromLogAsync(string connectionString, IEnumerable<MarkAnswer> acknowledged)
    {
        await using var log = new ApiEventLog(connectionString);
        var inLog = await log.SequencesAfterAsync(0);
        return acknowledged.Count(a => !inLog.ContainsKey((a.SheetStream, a.Version)));
    }

    static string Report(List<Cell> cells, BenchArgs args, int repeats, BenchContest contest, int acknowledged, int missing)
    {
        var md = new StringBuilder();
        md.AppendLine("## Marks over HTTP: judges PUTting marks vs raw INSERT transactions");
        md.AppendLine();
        md.AppendLine($"`marks` — the API (Release) as its own process, one category, one open stage of {contest.Criteria.Length} criteria, " +
                           $"{contest.Entries.Length} entries; each judge PUTs marks only on their own sheets with their token, every PUT changing a value " +
                           $"(a fresh panel per row). Raw: one single-row INSERT transaction per operation through Npgsql, one connection per writer, same server. " +
                           $"{repeats} repeats of {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s, raw and ours alternating, " +
                           "VACUUM ANALYZE of the database before each row (as pgbench does before its run); " +
                           "figures are median (min–max) over repeats; latency is the client's time to the complete answer; " +
                   "CPU columns are user+system time per operation over the whole loop, of the API process and of all PostgreSQL processes " +
                   "(less sensitive to other load on the machine than rates; the projections' work for each mark is in them).");
        md.AppendLine();
        md.AppendLine("| judges | raw INSERT tx/s | ours marks/s | ours / raw | ours p50 ms | ours p99 ms | raw p50 ms | raw p99 ms | API CPU ms/mark | PostgreSQL CPU ms/mark | PostgreSQL CPU ms/raw insert | non-200 |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in cells.GroupBy(c => c.Judges))
        {
            var g = group.ToList();
            md.AppendLine($"| {group.Key} | {Spread.Of(g.Select(c => c.Raw.PerSecond)).Format("F0")} | {Spread.Of(g.Select(c => c.Ours.PerSecond)).Format("F0")} " +
                               $"| {Spread.Of(g.Select(c => c.Ratio * 100)).Format("F0", "%")} " +
                               $"| {Spread.Of(g.Select(c => c.Ours.Latency.P50)).Format("F1")} | {Spread.Of(g.Select(c => c.Ours.Latency.P99)).Format("F1")} " +
                               $"| {Spread.Of(g.Select(c => c.Raw.Latency.P50)).Format("F1")} | {Spread.Of(g.Select(c => c.Raw.Latency.P99)).Format("F1")} " +
                          $"| {Spread.Of(g.Select(c => c.ApiCpuPerMark)).Format("F2")} | {Spread.Of(g.Select(c => c.ServerCpuPerMark)).Format("F2")} " +
                          $"| {Spread.Of(g.Select(c => c.ServerCpuPerInsert)).Format("F2")} | {g.Sum(c => c.Errors)} |");
        }
        var at32 = Spread.Of(cells.Where(c => c.Judges == 32).Select(c => c.Ratio));
        md.AppendLine();
        md.AppendLine($"Every acknowledged mark (warm-up included) looked up in mt_events by its sheet stream and answered version: {acknowledged} acknowledged, {missing} missing.");
        md.AppendLine();
        md.AppendLine($"Target: at 32 judges ours ≥ 25% of raw (aim: 60%). Measured {at32.Median:P0} (min {at32.Min:P0}): target " +
                      $"{(at32.Min >= 0.25 ? "met" : at32.Median >= 0.25 ? "met on the median, not in every repeat" : "MISSED")}, aim " +
                      $"{(at32.Median >= 0.6 ? "reached" : "not reached")}.");
        return md.ToString();
    }
}
