using System.Text;
using Competition.Bench.Http;

namespace Competition.Bench;

/// <summary>
/// Score-to-screen latency: marks PUT over HTTP at a steady rate (open loop), and for each answered mark
/// the time from its answer to the first `leaderboard` message, seen by a real @microsoft/signalr client
/// in Node, whose `sequence` reaches the mark's event. Both ends stamp with CLOCK_MONOTONIC.
/// </summary>
internal static class ScreenBenchmark
{
    static readonly double[] Rates = [200, 1000];
    const int Judges = 16, DefaultEntries = 30, Criteria = 4;

    internal sealed record Cell(double Rate, double Achieved, Latencies Screen, Latencies Answer, int Marks, int Missing, int BeforeAnswer,
        int NonOk, long HeldBack, double BoardsPerSecond)
    {
        public int Entries { get; init; }
    }

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv, seconds: 3, warmup: 0.5);
        var repeats = args.Integer("--repeats", 3);
        var rates = args.Raw.Contains("--rate") ? [args.Number("--rate", 1000)] : Rates;
        // --entries N or N,M,…: the category's size, one contest per size in the same API process (a provincial
        // category can have thousands of entries; bench/run.sh compares 30, 300 and 3,000).
        var sizes = (args.Text("--entries") ?? DefaultEntries.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        await using var api = await ApiUnderTest.StartAsync("screen");
        await using var log = new ApiEventLog(api.Database.ConnectionString);
        var cells = new List<Cell>();
        var closed = 0;
        foreach (var entries in sizes)
        {
            var contest = await BenchContest.SetUpAsync(api.Http, Judges, entries, Criteria);
            var judges = contest.Judges.Select(j => new JudgeAtWork(api.Http, contest, j)).ToArray();
            await using var watchers = await NodeWatchers.StartAsync(api.Api.BaseAddress, contest.Id, contest.Category, args.Integer("--watchers", 1));

            // Warm-up of the write and push paths (JIT, tiering, pools), outside every window.
            await MeasureAsync(200, args with { Duration = TimeSpan.FromSeconds(2) }, judges, log, watchers);
            foreach (var rate in rates)
                for (var r = 0; r < repeats; r++)
                {
                    var cell = await MeasureAsync(rate, args, judges, log, watchers) with { Entries = entries };
                    cells.Add(cell);
                    Console.WriteLine($"{entries,5} entries {rate,5} marks/s #{r + 1}: sent {cell.Achieved:F0}/s  screen p50 {cell.Screen.P50:F1} p99 {cell.Screen.P99:F1} " +
                                      $"max {cell.Screen.Max:F1} ms  answer p50 {cell.Answer.P50:F1} p99 {cell.Answer.P99:F1} ms  boards {cell.BoardsPerSecond:F0}/s  " +
                                      $"missing {cell.Missing}  non-200 {cell.NonOk}  held back {cell.HeldBack}");
                }
            if (watchers.Closed.Count > 0) Console.WriteLine($"watcher connections closed: {string.Join("; ", watchers.Closed)}");
            closed += watchers.Closed.Count;
        }
        await ResultsFile.WriteAsync("screen", Report(cells, args, repeats, closed));
        return cells.Any(c => c.NonOk > 0 || c.Missing > 0) ? 1 : 0;
    }

    /// <summary>One window at <paramref name="rate"/> (after its warm-up): each answered mark's time to every watcher's screen.</summary>
    internal static async Task<Cell> MeasureAsync(double rate, BenchArgs args, JudgeAtWork[] judges, ApiEventLog log, NodeWatchers watchers)
    {
        var head = await log.HeadAsync();
        var run = await PacedSender.RunAsync(rate, args.Warmup + args.Duration, i => judges[i % judges.Length].MarkAsync());
        var sequences = await log.SequencesAfterAsync(head);
        var answered = run.Marks.Where(m => m.Answer.Ok).Select(m => (m, Sequence: sequences.GetValueOrDefault((m.Answer.SheetStream, m.Answer.Version)))).ToList();
        await watchers.WaitForAsync(answered.Count == 0 ? 0 : answered.Max(a => a.Sequence), TimeSpan.FromSeconds(5));

        var windowStart = run.Marks.Count == 0 ? 0 : run.Marks.Min(m => m.DueAt) + (long)(args.Warmup.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        var measured = answered.Where(a => a.m.DueAt >= windowStart).ToList();
        var byConnection = watchers.Boards.GroupBy(b => b.Connection).Select(g => Screen.Of(g.ToList())).ToList();
        var screen = new List<double>();
        int missing = 0, beforeAnswer = 0;
        foreach (var (mark, sequence) in measured)
            foreach (var connection in byConnection)
            {
                if (sequence == 0 || connection.FirstReaching(sequence) is not { } arrived) { missing++; continue; }
                var ms = Clock.Milliseconds(arrived - mark.Answer.AnsweredAt);
                if (ms < 0) beforeAnswer++;
                screen.Add(Math.Max(0, ms));
            }
        var boards = watchers.Boards.Count(b => b.ArrivedAt >= windowStart && b.Connection == 0);
        return new Cell(rate, run.Marks.Count / run.SecondsSent, Latencies.Of(screen), Latencies.Of(measured.Select(a => a.m.Answer.Milliseconds).ToList()),
            measured.Count, missing, beforeAnswer, run.Marks.Count(m => !m.Answer.Ok), run.HeldBack, boards / args.Duration.TotalSeconds);
    }

    /// <summary>One connection's boards in arrival order, with the running highest sequence for a binary search.</summary>
    sealed class Screen(long[] arrivals, long[] highest)
    {
        public static Screen Of(List<BoardSeen> boards)
        {
            var highest = new long[boards.Count];
            for (var i = 0; i < boards.Count; i++) highest[i] = Math.Max(i == 0 ? 0 : highest[i - 1], boards[i].Sequence);
            return new Screen(boards.Select(b => b.ArrivedAt).ToArray(), highest);
        }

        /// <summary>When the first board at or past <paramref name="sequence"/> arrived; null if none did.</summary>
        public long? FirstReaching(long sequence)
        {
            var i = Array.BinarySearch(highest, sequence);
            if (i < 0) i = ~i;
            else while (i > 0 && highest[i - 1] == sequence) i--;
            return i < highest.Length ? arrivals[i] : null;
        }
    }

    static string Report(List<Cell> cells, BenchArgs args, int repeats, int closed)
    {
        var md = new StringBuilder();
        md.AppendLine("## Score to screen: mark answered → `leaderboard` pushed to a SignalR client");
        md.AppendLine();
        md.AppendLine($"`screen` — the API (Release) as its own process; {Judges} judges × N entries (one contest per size) × {Criteria} criteria; marks PUT over HTTP " +
                      "open-loop at a steady rate (each due at start + i/rate, sent whether or not earlier ones were answered). The watcher is the npm " +
                      "`@microsoft/signalr` client in Node (bench/node/watch.mjs, WebSockets). A mark's latency runs from its HTTP answer to the arrival " +
                      "of the first board whose `sequence` reaches the mark's event (looked up in mt_events by sheet stream and the answered version); " +
                      "both sides stamp with CLOCK_MONOTONIC. A board that arrived before the answer counts as 0 ms. " +
                      $"{repeats} repeats of {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s per rate, after a 2 s warm-up at 200/s; " +
                      "median (min–max) over repeats.");
        md.AppendLine();
        md.AppendLine("| entries | marks/s asked | sent/s | screen p50 ms | screen p99 ms | screen max ms | answer p50 ms | answer p99 ms | boards/s pushed | marks measured | board before answer | missing | non-200 |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in cells.GroupBy(c => (c.Entries, c.Rate)))
        {
            var g = group.ToList();
            md.AppendLine($"| {group.Key.Entries} | {group.Key.Rate:F0} | {Spread.Of(g.Select(c => c.Achieved)).Format("F0")} | {Spread.Of(g.Select(c => c.Screen.P50)).Format("F1")} " +
                          $"| {Spread.Of(g.Select(c => c.Screen.P99)).Format("F1")} | {Spread.Of(g.Select(c => c.Screen.Max)).Format("F1")} " +
                          $"| {Spread.Of(g.Select(c => c.Answer.P50)).Format("F1")} | {Spread.Of(g.Select(c => c.Answer.P99)).Format("F1")} " +
                          $"| {Spread.Of(g.Select(c => c.BoardsPerSecond)).Format("F0")} | {g.Sum(c => c.Marks)} | {g.Sum(c => c.BeforeAnswer)} " +
                          $"| {g.Sum(c => c.Missing)} | {g.Sum(c => c.NonOk)} |");
        }
        if (cells.Any(c => c.HeldBack > 0))
            md.AppendLine($"\nThe sender held back (512 marks unanswered) {cells.Sum(c => c.HeldBack)} times: the API did not keep up with the asked rate.");
        if (closed > 0) md.AppendLine($"\n{closed} watcher connection(s) closed during the run.");
        var top = cells.Where(c => c.Rate == 1000 && c.Entries == cells.Min(x => x.Entries)).ToList();
        if (top.Count > 0)
        {
            var p99 = Spread.Of(top.Select(c => c.Screen.P99));
            md.AppendLine();
            md.AppendLine($"Target: p99 < 150 ms at 1000 marks/s ({top[0].Entries} entries). Measured {p99.Median:F1} ms (worst repeat {p99.Max:F1} ms): " +
                          $"{(p99.Median < 150 ? "met" : "missed")}{(p99.Median < 150 && p99.Max >= 150 ? " on the median, not in every repeat" : "")}.");
        }
        return md.ToString();
    }
}
