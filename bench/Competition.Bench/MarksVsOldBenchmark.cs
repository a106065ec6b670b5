using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Competition.Bench.Http;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Bench;

/// <summary>
/// The marks benchmark at one concurrency (32 judges by default) against two builds of the API side by side:
/// the last commit before the move to Marten and Wolverine (built from a git worktree, see bench/run.sh) and
/// this tree's. Each runs as its own process on its own database of the same cluster, with the same contest
/// shape and the same closed-loop judges; measurements alternate old, new, old, new… so the machine's other
/// load falls on both alike, and the report gives both figures and new ÷ old.
/// </summary>
internal static class MarksVsOldBenchmark
{
    const int Entries = 40, Criteria = 4, WarmupJudges = 8;
    public const string DefaultOldApi = "/tmp/competition-old/Competition.Api/bin/Release/net10.0/Competition.Api.dll";

    sealed record Run(string Engine, Measurement Marks, long Errors, double ApiCpuPerMark, double ServerCpuPerMark, bool Settled);

    sealed class Side(string name, string assembly, BenchDatabase database, ApiBuild api, HttpClient http, JudgeAtWork[] panel, JudgeAtWork[] warmup) : IAsyncDisposable
    {
        public string Name => name;
        public string Assembly => assembly;
        public BenchDatabase Database => database;
        public ApiBuild Api => api;
        public JudgeAtWork[] Panel => panel;
        public JudgeAtWork[] Warmup => warmup;
        public ConcurrentQueue<MarkAnswer> Acknowledged { get; } = new();

        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await api.DisposeAsync();
            var dir = Path.Combine(RepositoryRoot.Find(), "bench", "results");
            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(Path.Combine(dir, $"marks-vs-old-{name}-api.log"), api.Output);
            await database.DisposeAsync();
        }
    }

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv, seconds: 4, warmup: 0.5);
        var repeats = args.Integer("--repeats", 3);
        var judges = args.Integer("--judges", 32);
        var oldAssembly = Value(argv, "--old-api") ?? DefaultOldApi;
        var oldCommit = Describe(oldAssembly);
        Console.WriteLine($"old: {oldAssembly} ({oldCommit})");

        var cluster = await BenchDatabase.StartAsync("marksvsold_new"); // the new side's database; disposed with it, the cluster last
        await using var newSide = await StartSideAsync("new", ApiProcess.ApiAssembly(), cluster, judges);
        await using var oldSide = await StartSideAsync("old", oldAssembly, await cluster.SiblingAsync("marksvsold_old"), judges);
        Side[] sides = [oldSide, newSide];

        // JIT warm-up of both, outside every window (as marks: long enough for tiered compilation to settle).
        var errors = new StrongBox<long>();
        foreach (var side in sides)
            await Throughput.MeasureAsync(WarmupJudges, args with { Duration = TimeSpan.FromSeconds(args.Number("--jit-warmup", 10)) },
                j => Task.FromResult(side.Warmup[j]), j => MarksBenchmark.MarkAsync(j, errors, side.Acknowledged));
        Console.WriteLine($"set-up and warm-up done ({errors.Value} non-200 answers in warm-up)");
        foreach (var side in sides)
        {
            await ApiEventLog.SettleAsync(side.Database.ConnectionString);
            await side.Database.VacuumAsync();
        }

        var runs = new List<Run>();
        for (var r = 0; r < repeats; r++)
            foreach (var side in sides)
            {
                errors.Value = 0;
                var (cpu, server) = (side.Api.CpuTime(), side.Database.ServerCpuTime());
                var marks = await Throughput.MeasureAsync(judges, args, j => Task.FromResult(side.Panel[j]), j => MarksBenchmark.MarkAsync(j, errors, side.Acknowledged));
                (cpu, server) = (side.Api.CpuTime() - cpu, side.Database.ServerCpuTime() - server);
                // The next measurement starts once this API's projections have caught up with what it just wrote.
                var settled = await ApiEventLog.SettleAsync(side.Database.ConnectionString);
                runs.Add(new Run(side.Name, marks, Interlocked.Read(ref errors.Value), cpu.TotalMilliseconds / marks.Completed,
                    server.TotalMilliseconds / marks.Completed, settled));
                Console.WriteLine($"{side.Name} #{r + 1}: {marks.PerSecond,7:F0} marks/s  p50 {marks.Latency.P50:F1} p99 {marks.Latency.P99:F1} ms  " +
                                  $"CPU/mark API {runs[^1].ApiCpuPerMark:F2} PG {runs[^1].ServerCpuPerMark:F2} ms  errors {errors.Value}{(settled ? "" : "  (projections not caught up in 15 s)")}");
            }

        var missing = new Dictionary<string, (int Acknowledged, int Missing)>();
        foreach (var side in sides)
            missing[side.Name] = (side.Acknowledged.Count, await MarksBenchmark.MissingFromLogAsync(side.Database.ConnectionString, side.Acknowledged));
        await ResultsFile.WriteAsync("marks-vs-old", Report(runs, args, repeats, judges, oldCommit, missing));
        return runs.Any(r => r.Errors > 0) || missing.Values.Any(m => m.Missing > 0) ? 1 : 0;
    }

    static async Task<Side> StartSideAsync(string name, string assembly, BenchDatabase database, int judges)
    {
        try
        {
            var api = await ApiBuild.StartAsync(assembly, database.ConnectionString, ApiUnderTest.AdminKey);
            var http = ApiUnderTest.NewClient(api.BaseAddress);
            var contest = await BenchContest.SetUpAsync(http, judges + WarmupJudges, Entries, Criteria);
            var workers = contest.Judges.Select(j => new JudgeAtWork(http, contest, j)).ToArray();
            return new Side(name, assembly, database, api, http, workers[..judges], workers[judges..]);
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>"abc1234 subject" of the commit the assembly was built from (its worktree's HEAD), for the report.</summary>
    static string Describe(string assembly)
    {
        try
        {
            var info = new ProcessStartInfo("git", ["log", "-1", "--format=%h %s"])
            {
                WorkingDirectory = Path.GetDirectoryName(assembly)!, RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var git = Process.Start(info)!;
            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && text.Length > 0 ? text : "commit unknown";
        }
        catch (System.ComponentModel.Win32Exception) { return "commit unknown"; }
    }

    static string Report(List<Run> runs, BenchArgs args, int repeats, int judges, string oldCommit, Dictionary<string, (int Acknowledged, int Missing)> missing)
    {
        var md = new StringBuilder();
        md.AppendLine($"## Marks over HTTP, old engine vs new: {judges} judges");
        md.AppendLine();
        md.AppendLine($"`marks-vs-old` — the marks benchmark's workload ({judges} judges in closed loops, each PUTting marks only on their own sheets, " +
                      $"one category, one open stage of {Criteria} criteria, {Entries} entries, every PUT changing a value) against two builds of the API, " +
                      $"each its own process (Release, Production) on its own database of the same cluster: **old** = `{oldCommit}` (the last commit " +
                      "before the move to Marten and Wolverine: our own event store with group commit), built from a git worktree; **new** = this tree " +
                      $"(Marten 9 + Wolverine 6). Both warmed up ({args.Number("--jit-warmup", 10):0.#} s at {WarmupJudges} judges), VACUUM ANALYZE of both databases, then " +
                      $"{repeats} × (old, new) of {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s, each measurement starting " +
                      "once the previous API's projections had caught up with its log. Both processes stay up throughout (the idle one's daemon polls). " +
                      "Figures are median (min–max) over repeats; CPU columns are user+system time per mark over the whole loop (API process; all PostgreSQL processes).");
        md.AppendLine();
        md.AppendLine("| engine | marks/s | p50 ms | p99 ms | API CPU ms/mark | PostgreSQL CPU ms/mark | non-200 | acknowledged marks missing from mt_events |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var engine in new[] { "old", "new" })
        {
            var g = runs.Where(r => r.Engine == engine).ToList();
            md.AppendLine($"| {engine} | {Spread.Of(g.Select(r => r.Marks.PerSecond)).Format("F0")} | {Spread.Of(g.Select(r => r.Marks.Latency.P50)).Format("F1")} " +
                          $"| {Spread.Of(g.Select(r => r.Marks.Latency.P99)).Format("F1")} | {Spread.Of(g.Select(r => r.ApiCpuPerMark)).Format("F2")} " +
                          $"| {Spread.Of(g.Select(r => r.ServerCpuPerMark)).Format("F2")} | {g.Sum(r => r.Errors)} | {missing[engine].Missing} of {missing[engine].Acknowledged} |");
        }
        var olds = runs.Where(r => r.Engine == "old").ToList();
        var news = runs.Where(r => r.Engine == "new").ToList();
        var pairs = Spread.Of(olds.Zip(news, (o, n) => n.Marks.PerSecond / o.Marks.PerSecond * 100));
        var medians = Spread.Of(news.Select(r => r.Marks.PerSecond)).Median / Spread.Of(olds.Select(r => r.Marks.PerSecond)).Median;
        md.AppendLine();
        md.AppendLine($"New ÷ old marks/s: {medians:P0} (ratio of the medians); per (old, new) pair {pairs.Format("F0", "%")}. " +
                      $"CPU per mark new ÷ old: API {Spread.Of(news.Select(r => r.ApiCpuPerMark)).Median / Spread.Of(olds.Select(r => r.ApiCpuPerMark)).Median:P0}, " +
                      $"PostgreSQL {Spread.Of(news.Select(r => r.ServerCpuPerMark)).Median / Spread.Of(olds.Select(r => r.ServerCpuPerMark)).Median:P0}.");
        if (runs.Any(r => !r.Settled)) md.AppendLine($"\n{runs.Count(r => !r.Settled)} measurement(s) ended with projections not caught up within 15 s.");
        return md.ToString();
    }

    static string? Value(string[] argv, string name)
    {
        var i = Array.IndexOf(argv, name);
        return i >= 0 && i + 1 < argv.Length ? argv[i + 1] : null;
    }
}
