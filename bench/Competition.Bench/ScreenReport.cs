using System.Text;
using static Competition.Bench.ScreenBenchmark;

namespace Competition.Bench;

/// <summary>The screen benchmark's section of bench/results.md: the table per board size and rate, the closed loops, the targets.</summary>
internal static class ScreenReport
{
    public static string Render(List<Cell> cells, List<Loop> loops, BenchArgs args, int repeats, int closed, int windowCount)
    {
        var md = new StringBuilder();
        md.AppendLine("## Score to screen: mark answered → `leaderboard` pushed to a SignalR client");
        md.AppendLine();
        md.AppendLine($"`screen` — the API (Release) as its own process; {Judges} judges × N entries (one contest per size) × {Criteria} criteria; marks PUT over HTTP " +
                      "open-loop at a steady rate (each due at start + i/rate, sent whether or not earlier ones were answered). The watcher is the npm " +
                      "`@microsoft/signalr` client in Node (bench/node/watch.mjs, WebSockets). A mark's latency runs from its HTTP answer to the arrival " +
                      "of the first board whose `sequence` reaches the mark's event (looked up in mt_events by sheet stream and the answered version); " +
                      "both sides stamp with CLOCK_MONOTONIC. A board that arrived before the answer counts as 0 ms. " +
                      $"{repeats} repeats of {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s per rate, after the set-up has been projected, a VACUUM ANALYZE and a 2 s warm-up at 200/s; " +
                      "median (min–max) over repeats.");
        md.AppendLine();
        if (windowCount > 0)
            md.AppendLine($"Besides the watcher of the whole board, {windowCount} watchers of the top {WindowRows} (`WatchTop`, in the same Node process). A window is pushed " +
                          "only when one of its rows (or `count`) changes, so a mark outside it never reaches it: its latency is taken from each window message, " +
                          "from the answer of the newest mark the message holds (the highest mark sequence at or below its `sequence`) to its arrival.\n");
        md.AppendLine("| entries | marks/s asked | sent/s | screen p50 ms | screen p99 ms | screen max ms | top-20 p50 ms | top-20 p99 ms | top-20 msgs/s | answer p50 ms | answer p99 ms | boards/s pushed | marks measured | board before answer | missing | non-200 |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in cells.GroupBy(c => (c.Entries, c.Rate)))
        {
            var g = group.ToList();
            md.AppendLine($"| {group.Key.Entries} | {group.Key.Rate:F0} | {Spread.Of(g.Select(c => c.Achieved)).Format("F0")} | {Spread.Of(g.Select(c => c.Screen.P50)).Format("F1")} " +
                          $"| {Spread.Of(g.Select(c => c.Screen.P99)).Format("F1")} | {Spread.Of(g.Select(c => c.Screen.Max)).Format("F1")} " +
                          (g.All(c => c.Window is null) ? "| — | — | — " : $"| {Spread.Of(g.Where(c => c.Window is not null).Select(c => c.Window!.P50)).Format("F1")} | {Spread.Of(g.Where(c => c.Window is not null).Select(c => c.Window!.P99)).Format("F1")} | {Spread.Of(g.Select(c => c.WindowsPerSecond)).Format("F1")} ") +
                          $"| {Spread.Of(g.Select(c => c.Answer.P50)).Format("F1")} | {Spread.Of(g.Select(c => c.Answer.P99)).Format("F1")} " +
                          $"| {Spread.Of(g.Select(c => c.BoardsPerSecond)).Format("F0")} | {g.Sum(c => c.Marks)} | {g.Sum(c => c.BeforeAnswer)} " +
                          $"| {g.Sum(c => c.Missing)} | {g.Sum(c => c.NonOk)} |");
        }
        if (cells.Any(c => c.Entries > 500))
            md.AppendLine("\nThe whole of a board of more than 500 rows is pushed at its pace (the API's `WholeBoardPace`: a pause of 0.1 ms a row " +
                          "after each push, 300 ms at 3,000 rows), so the whole-board watcher's latency at such sizes is mostly that pause; windows are pushed at once.");
        if (cells.Any(c => c.HeldBack > 0))
            md.AppendLine($"\nThe sender held back (512 marks unanswered) {cells.Sum(c => c.HeldBack)} times: the API did not keep up with the asked rate.");
        if (closed > 0) md.AppendLine($"\n{closed} watcher connection(s) closed during the run.");
        if (loops.Count > 0)
        {
            md.AppendLine();
            md.AppendLine($"Marks/s the API takes from {ClosedLoopJudges} judges in closed loops (each PUTs its next mark when answered), per board size, in the same run: " +
                          $"{loops[0].Rounds.Count} rounds of every size in turn (order reversed each round, after one untimed {(args.Warmup + UntimedLoop).TotalSeconds:0.#} s run of each size), {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s each; " +
                          "median (min–max) over rounds; the ratio is each round's, against the smallest board of the same round. CPU µs a mark: " +
                          "each process's CPU time over the round (warm-up included) over the marks completed in it; the watchers are every " +
                          "size's Node watchers, connected throughout:\n");
            md.AppendLine("| entries | marks/s | p50 ms | p99 ms | ÷ smallest board | API CPU µs/mark | PostgreSQL CPU µs/mark | watchers CPU µs/mark |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var loop in loops)
            {
                var ratio = RatioTo(loop, loops[0]);
                md.AppendLine($"| {loop.Entries} | {loop.PerSecond.Format("F0")} | {Spread.Of(loop.Rounds.Select(m => m.Latency.P50)).Median:F1} | " +
                              $"{Spread.Of(loop.Rounds.Select(m => m.Latency.P99)).Median:F1} | {ratio.Median:F2} ({ratio.Min:F2}–{ratio.Max:F2}) | " +
                              $"{Spread.Of(loop.Cpu.Select(c => c.Api)).Median:F0} | {Spread.Of(loop.Cpu.Select(c => c.Database)).Median:F0} | " +
                              $"{Spread.Of(loop.Cpu.Select(c => c.Watchers)).Median:F0} |");
            }
        }
        var largest = cells.Where(c => c.Rate == 1000 && c.Entries == cells.Max(x => x.Entries) && c.Entries > cells.Min(x => x.Entries)).ToList();
        if (largest.Count > 0 && largest.Any(c => c.Window is not null))
        {
            var window = Spread.Of(largest.Where(c => c.Window is not null).Select(c => c.Window!.P99));
            var answer = Spread.Of(largest.Select(c => c.Answer.P99));
            var ratio = loops.Count > 1 ? RatioTo(loops[^1], loops[0]).Median : double.NaN;
            md.AppendLine();
            md.AppendLine($"Targets at {largest[0].Entries} entries and 1000 marks/s: top-{WindowRows} screen p99 < 150 ms, measured {window.Median:F1} ms " +
                          $"({(window.Median < 150 ? "met" : "missed")}); answer p99 < 50 ms, measured {answer.Median:F1} ms ({(answer.Median < 50 ? "met" : "missed")}); " +
                          $"{ClosedLoopJudges}-judge marks/s within 20 % of the {loops[0].Entries}-entry figure, measured {ratio:P0} of it ({(ratio >= 0.8 ? "met" : "missed")}).");
        }
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

    /// <summary>Round by round, the loop's marks/s over the baseline's of the same round.</summary>
    static Spread RatioTo(Loop loop, Loop baseline) =>
        Spread.Of(loop.Rounds.Zip(baseline.Rounds, (m, b) => m.PerSecond / b.PerSecond));
}
