using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Competition.Bench.Fanout;
using Competition.Bench.Http;
using Competition.TestSupport;

namespace Competition.Bench.ScaleOut;

/// <summary>
/// Two API nodes on one PostgreSQL against one, in one run: marks/s with the judges split over two nodes against
/// all on one; N screens split over two nodes against all on one (boards reach the other node's screens through
/// PostgreSQL notifications, sent on commit by the node running the projections); and how many conditional-GET
/// pollers one node serves (If-None-Match → 304) against plain GETs.
/// </summary>
internal static class ScaleOutBenchmark
{
    sealed record MarksCell(int Nodes, Measurement Run, long Errors);

    sealed record PollCell(bool Conditional, Measurement Run, long NotModified, long Full, long Failed);

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv, seconds: 4, warmup: 0.5);
        var repeats = args.Integer("--repeats", 3);
        var judges = args.Integer("--judges", 32);
        var screens = args.Integer("--screens", 10_000);
        var pollers = args.Integer("--pollers", 64);
        await using var db = await BenchDatabase.StartAsync("scaleout");
        var nodes = new List<ApiProcess>();
        try
        {
            foreach (var name in new[] { "node-a", "node-b" })
                nodes.Add(await ApiProcess.StartAsync($"{db.ConnectionString};Application Name={name}", ApiUnderTest.AdminKey));
            var http = nodes.Select(n => ApiUnderTest.NewClient(n.BaseAddress)).ToArray();

            var marks = await MarksAsync(http, judges, repeats, args);
            var fanout = await FanoutContest.SetUpAsync(http[0], ApiUnderTest.AdminKey);
            var settings = new FanoutCell.Settings(Rate: 20, Window: TimeSpan.FromSeconds(9), Warmup: TimeSpan.FromSeconds(3), Repeats: 3, ConnectConcurrency: 64);
            var oneNode = await new FanoutCell([nodes[0]], fanout, settings).RunAsync(screens);
            Console.WriteLine("one node: " + FanoutReport.Row(oneNode));
            var twoNodes = await new FanoutCell(nodes, fanout, settings).RunAsync(screens);
            Console.WriteLine("two nodes: " + FanoutReport.Row(twoNodes));
            var polls = await PollsAsync(http[0], pollers, repeats, args);

            await ResultsFile.WriteAsync("scaleout", Report(marks, [oneNode, twoNodes], polls, judges, pollers, args, repeats, argv));
            return marks.Any(c => c.Errors > 0) || twoNodes.Lost > 0 || twoNodes.OutOfOrder > 0 ? 1 : 0;
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }
    }

    /// <summary>The same number of judges, all through node A, then half through each node; alternating within each repeat.</summary>
    static async Task<List<MarksCell>> MarksAsync(HttpClient[] http, int judges, int repeats, BenchArgs args)
    {
        var contest = await BenchContest.SetUpAsync(http[0], 2 * judges + 8, 40, 4);
        var one = contest.Judges.Take(judges).Select(j => new JudgeAtWork(http[0], contest, j)).ToArray();
        var two = contest.Judges.Skip(judges).Take(judges).Select((j, i) => new JudgeAtWork(http[i % 2], contest, j)).ToArray();
        var warm = contest.Judges.Skip(2 * judges).Select((j, i) => new JudgeAtWork(http[i % 2], contest, j)).ToArray();
        var errors = new StrongBox<long>();
        await Throughput.MeasureAsync(warm.Length, args with { Duration = TimeSpan.FromSeconds(args.Number("--jit-warmup", 10)) },
            j => Task.FromResult(warm[j]), j => MarkAsync(j, errors));
        var cells = new List<MarksCell>();
        for (var r = 0; r < repeats; r++)
            foreach (var (panel, count) in r % 2 == 0 ? new[] { (one, 1), (two, 2) } : [(two, 2), (one, 1)])
            {
                errors.Value = 0;
                var run = await Throughput.MeasureAsync(panel.Length, args, j => Task.FromResult(panel[j]), j => MarkAsync(j, errors));
                cells.Add(new MarksCell(count, run, errors.Value));
                Console.WriteLine($"{judges} judges on {count} node(s) #{r + 1}: {run.PerSecond:F0} marks/s p50 {run.Latency.P50:F1} p99 {run.Latency.P99:F1} ms, errors {errors.Value}");
            }
        return cells;
    }

    static async Task MarkAsync(JudgeAtWork judge, StrongBox<long> errors)
    {
        if (!(await judge.MarkAsync()).Ok) Interlocked.Increment(ref errors.Value);
    }

    /// <summary>Closed-loop pollers of the top-20 window (a phone's view) while marks change the board at 20/s.</summary>
    static async Task<List<PollCell>> PollsAsync(HttpClient http, int pollers, int repeats, BenchArgs args)
    {
        var contest = await BenchContest.SetUpAsync(http, 4, 40, 4);
        var url = $"/api/contests/{contest.Id}/categories/{contest.Category}/leaderboard?top=20";
        var markers = contest.Judges.Select(j => new JudgeAtWork(http, contest, j)).ToArray();
        using var stop = new CancellationTokenSource();
        var changing = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await markers[i % markers.Length].MarkAsync();
                try { await Task.Delay(50, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var cells = new List<PollCell>();
        try
        {
            for (var r = 0; r < repeats; r++)
                foreach (var conditional in r % 2 == 0 ? new[] { true, false } : [false, true])
                {
                    var states = Enumerable.Range(0, pollers).Select(_ => new Poller(http, url, conditional)).ToArray();
                    var run = await Throughput.MeasureAsync(pollers, args, i => Task.FromResult(states[i]), p => p.PollAsync());
                    cells.Add(new PollCell(conditional, run, states.Sum(s => s.NotModified), states.Sum(s => s.Full), states.Sum(s => s.Failed)));
                    Console.WriteLine($"{pollers} pollers, {(conditional ? "If-None-Match" : "plain GET")} #{r + 1}: {run.PerSecond:F0}/s p50 {run.Latency.P50:F1} p99 {run.Latency.P99:F1} ms; " +
                                      $"304 {cells[^1].NotModified}, 200 {cells[^1].Full}, failed {cells[^1].Failed}");
                }
        }
        finally
        {
            await stop.CancelAsync();
            await changing;
        }
        return cells;
    }

    static string Report(List<MarksCell> marks, FanoutCell.Result[] screens, List<PollCell> polls, int judges, int pollers, BenchArgs args, int repeats, string[] argv)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("## Scale-out: two API nodes on one PostgreSQL");
        md.AppendLine();
        md.AppendLine(inv, $"`scaleout{string.Concat(argv.Select(a => " " + a))}` — two API processes (Release) on one database of the bench cluster; " +
                           $"{Environment.ProcessorCount} cores shared by PostgreSQL, both nodes and the load. The node holding Marten's advisory lock runs the " +
                           $"projections; boards reach the other node's screens through the PostgreSQL notification each board's commit sends. " +
                           $"{repeats} repeats of {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s per cell, alternating; median (min–max).");
        md.AppendLine();
        md.AppendLine(inv, $"**Marks** — {judges} judges in closed loops, each PUTting marks on their own sheets: all through node A, or half through each node.");
        md.AppendLine();
        md.AppendLine("| nodes | marks/s | p50 ms | p99 ms | non-200 |");
        md.AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var g in marks.GroupBy(c => c.Nodes).OrderBy(g => g.Key))
            md.AppendLine(inv, $"| {g.Key} | {Spread.Of(g.Select(c => c.Run.PerSecond)).Format("F0")} | {Spread.Of(g.Select(c => c.Run.Latency.P50)).Format("F1")} " +
                               $"| {Spread.Of(g.Select(c => c.Run.Latency.P99)).Format("F1")} | {g.Sum(c => c.Errors)} |");
        var ratio = Spread.Of(marks.Where(c => c.Nodes == 2).Zip(marks.Where(c => c.Nodes == 1), (t, o) => t.Run.PerSecond / o.Run.PerSecond * 100));
        md.AppendLine();
        md.AppendLine(inv, $"Two nodes / one node: {ratio.Format("F0", "%")}. On one machine the nodes share its cores with PostgreSQL: a second node adds no CPU, only a second process to schedule; on two machines it would add the second machine's.");
        md.AppendLine();
        md.AppendLine(inv, $"**Screens** — {screens[0].Watchers:N0} screens on one category, marks at 20/s through node A; all screens on node A, or every other screen on node B.");
        md.AppendLine();
        md.AppendLine("| nodes | screens | mark→screen p50 ms | mark→screen p99 ms | max ms | boards/screen | lost | out of order | servers' CPU cores | servers' peak RSS |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (r, n) in screens.Zip(new[] { 1, 2 }))
            md.AppendLine(inv, $"| {n} | {r.Watchers:N0}{(r.Refused > 0 ? $" ({r.Refused} refused)" : "")} | {Spread.Of(r.MarkToScreen.Select(w => w.P50)).Format("F0")} " +
                               $"| {Spread.Of(r.MarkToScreen.Select(w => w.P99)).Format("F0")} | {r.MarkToScreen.Max(w => w.Max):F0} | {r.BoardsPerWatcher:F1} of {r.Marks} marks " +
                               $"| {r.Lost} | {r.OutOfOrder} | {r.Server.Cores:F2} | {r.ServerPeakBytes / 1024.0 / 1024:F0} MiB |");
        md.AppendLine();
        md.AppendLine(inv, $"**Pollers** — {pollers} closed-loop clients GETting the top-20 window of one node's board (40 entries) while marks change it at 20/s.");
        md.AppendLine();
        md.AppendLine("| request | polls/s | p50 ms | p99 ms | 304 | 200 | failed | phones served at one poll per 5 s |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var g in polls.GroupBy(c => c.Conditional).OrderByDescending(g => g.Key))
        {
            var rate = Spread.Of(g.Select(c => c.Run.PerSecond));
            md.AppendLine(inv, $"| {(g.Key ? "If-None-Match" : "plain GET")} | {rate.Format("F0")} | {Spread.Of(g.Select(c => c.Run.Latency.P50)).Format("F1")} " +
                               $"| {Spread.Of(g.Select(c => c.Run.Latency.P99)).Format("F1")} | {g.Sum(c => c.NotModified)} | {g.Sum(c => c.Full)} | {g.Sum(c => c.Failed)} | {rate.Median * 5:N0} |");
        }
        return md.ToString();
    }
}
