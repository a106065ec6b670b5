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
    internal const int Judges = 16, ClosedLoopJudges = 32, DefaultEntries = 30, Criteria = 4, WindowRows = 20;

    /// <summary><see cref="Window"/>: the top-20 watchers' latency, from the answer of the newest mark a window message
    /// holds to its arrival (a window is pushed only when its rows change, so most marks never reach it on their own).</summary>
    internal sealed record Cell(double Rate, double Achieved, Latencies Screen, Latencies Answer, int Marks, int Missing, int BeforeAnswer,
        int NonOk, long HeldBack, double BoardsPerSecond)
    {
        public int Entries { get; init; }
        public Latencies? Window { get; init; }
        public double WindowsPerSecond { get; init; }
    }

    /// <summary>Closed loops of <see cref="ClosedLoopJudges"/> judges on one board size: how many marks/s the API takes.</summary>
    internal sealed record Loop(int Entries, IReadOnlyList<Measurement> Rounds, IReadOnlyList<CpuPerMark> Cpu)
    {
        public Spread PerSecond => Spread.Of(Rounds.Select(m => m.PerSecond));
    }

    /// <summary>CPU time per mark completed in a round (warm-up included on both sides), in µs: where a larger board's
    /// marks/s goes.</summary>
    internal sealed record CpuPerMark(double Api, double Database, double Watchers);

    /// <summary>How long each size's closed loops run, untimed, before the timed rounds (after their warm-up).</summary>
    internal static readonly TimeSpan UntimedLoop = TimeSpan.FromSeconds(1);

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
        var boards = new List<(int Entries, JudgeAtWork[] Judges, NodeWatchers Watchers, NodeWatchers? Windows)>();
        // --windows N: besides the one watcher of the whole board, N watchers of the top 20 (WatchTop), as big screens are.
        var windowCount = args.Integer("--windows", 0);
        foreach (var entries in sizes)
        {
            var contest = await BenchContest.SetUpAsync(api.Http, ClosedLoopJudges, entries, Criteria);
            var all = contest.Judges.Select(j => new JudgeAtWork(api.Http, contest, j)).ToArray();
            var judges = all.Take(Judges).ToArray();
            var watchers = await NodeWatchers.StartAsync(api.Api.BaseAddress, contest.Id, contest.Category, args.Integer("--watchers", 1));
            var windows = windowCount > 0 ? await NodeWatchers.StartAsync(api.Api.BaseAddress, contest.Id, contest.Category, windowCount, WindowRows) : null;
            // The closed loops' judges: each on as many entries as the smallest board has, spread over this one.
            boards.Add((entries, [.. contest.Judges.Select((j, n) => new JudgeAtWork(api.Http, contest, j, span: sizes.Min(), nth: n, firstRound: 50))], watchers, windows));

            // The set-up (thousands of registrations, approvals and draws) projected and vacuumed before anything is
            // timed, so that the first repeat does not measure the daemon catching up or autovacuum reaching new tables.
            if (!await ApiEventLog.SettleAsync(api.Database.ConnectionString)) Console.WriteLine("the projections had not caught up with the set-up");
            await api.Database.VacuumAsync();
            // Warm-up of the write and push paths (JIT, tiering, pools), outside every window.
            await MeasureAsync(200, args with { Duration = TimeSpan.FromSeconds(2) }, judges, log, watchers, windows);
            foreach (var rate in rates)
                for (var r = 0; r < repeats; r++)
                {
                    var cell = await MeasureAsync(rate, args, judges, log, watchers, windows) with { Entries = entries };
                    cells.Add(cell);
                    Console.WriteLine($"{entries,5} entries {rate,5} marks/s #{r + 1}: sent {cell.Achieved:F0}/s  screen p50 {cell.Screen.P50:F1} p99 {cell.Screen.P99:F1} " +
                                      $"max {cell.Screen.Max:F1} ms  top-{WindowRows} p99 {cell.Window?.P99:F1} ms ({cell.WindowsPerSecond:F1}/s)  " +
                                      $"answer p50 {cell.Answer.P50:F1} p99 {cell.Answer.P99:F1} ms  boards {cell.BoardsPerSecond:F0}/s  " +
                                      $"missing {cell.Missing}  non-200 {cell.NonOk}  held back {cell.HeldBack}");
                }
        }
        var loops = await ClosedLoopsAsync(boards.Select(b => (b.Entries, b.Judges)).ToList(), args, repeats,
            () => (api.Api.CpuTime(), api.Database.ServerCpuTime(), boards.Aggregate(TimeSpan.Zero, (t, b) => t + b.Watchers.CpuTime() + (b.Windows?.CpuTime() ?? TimeSpan.Zero))));
        foreach (var (_, _, watchers, windows) in boards)
        {
            foreach (var w in new[] { watchers, windows })
                if (w is { Closed.Count: > 0 }) Console.WriteLine($"watcher connections closed: {string.Join("; ", w.Closed)}");
            closed += watchers.Closed.Count + (windows?.Closed.Count ?? 0);
            await watchers.DisposeAsync();
            if (windows is not null) await windows.DisposeAsync();
        }
        await ResultsFile.WriteAsync("screen", ScreenReport.Render(cells, loops, args, repeats, closed, windowCount));
        return cells.Any(c => c.NonOk > 0 || c.Missing > 0) ? 1 : 0;
    }

    /// <summary>
    /// Each board size's closed loops, <paramref name="repeats"/> rounds of every size in turn (the order reversed each
    /// round), with every size's watchers connected throughout: one size measured after the other, once each, compared
    /// a size with the state the process and the database happened to be in at that moment (3,200 to 8,100 marks/s for
    /// the same 30 entries from one run to the next).
    /// </summary>
    static async Task<List<Loop>> ClosedLoopsAsync(
        List<(int Entries, JudgeAtWork[] Judges)> boards, BenchArgs args, int repeats, Func<(TimeSpan Api, TimeSpan Database, TimeSpan Watchers)> cpu)
    {
        var rounds = boards.ToDictionary(b => b.Entries, _ => new List<Measurement>());
        var cpus = boards.ToDictionary(b => b.Entries, _ => new List<CpuPerMark>());
        Task<Measurement> RunAsync(JudgeAtWork[] all, BenchArgs run) =>
            Throughput.MeasureAsync(ClosedLoopJudges, run, j => Task.FromResult(all[j]), async j => await j.MarkAsync());
        // One untimed run per size first: a judge's first mark on an entry this process never loaded reads the entry
        // and the sheet fresh (SheetDecisions), which at 3,000 entries lasted past the first round's warm-up.
        foreach (var (_, all) in boards) await RunAsync(all, args with { Duration = UntimedLoop });
        for (var r = 0; r < repeats; r++)
            foreach (var (entries, all) in r % 2 == 0 ? boards : Enumerable.Reverse(boards))
            {
                var before = cpu();
                var marks = await RunAsync(all, args);
                var after = cpu();
                double PerMark(TimeSpan used) => used.TotalMicroseconds / marks.Completed;
                var perMark = new CpuPerMark(PerMark(after.Api - before.Api), PerMark(after.Database - before.Database), PerMark(after.Watchers - before.Watchers));
                rounds[entries].Add(marks);
                cpus[entries].Add(perMark);
                Console.WriteLine($"{entries,5} entries, {ClosedLoopJudges} judges in closed loops #{r + 1}: {marks.PerSecond:F0} marks/s, p99 {marks.Latency.P99:F1} ms, " +
                                  $"CPU µs/mark: API {perMark.Api:F0}, PostgreSQL {perMark.Database:F0}, watchers {perMark.Watchers:F0}");
            }
        return [.. boards.Select(b => new Loop(b.Entries, rounds[b.Entries], cpus[b.Entries]))];
    }

    /// <summary>One window at <paramref name="rate"/> (after its warm-up): each answered mark's time to every watcher's screen.</summary>
    internal static async Task<Cell> MeasureAsync(
        double rate, BenchArgs args, JudgeAtWork[] judges, ApiEventLog log, NodeWatchers watchers, NodeWatchers? windows = null)
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
        var cell = new Cell(rate, run.Marks.Count / run.SecondsSent, Latencies.Of(screen), Latencies.Of(measured.Select(a => a.m.Answer.Milliseconds).ToList()),
            measured.Count, missing, beforeAnswer, run.Marks.Count(m => !m.Answer.Ok), run.HeldBack, boards / args.Duration.TotalSeconds);
        if (windows is null) return cell;
        // Each window message against the newest mark it holds (the highest mark sequence at or below its own).
        var bySequence = answered.Where(a => a.Sequence > 0).OrderBy(a => a.Sequence).ToList();
        var ordered = bySequence.Select(a => a.Sequence).ToArray();
        var latest = new List<double>();
        var messages = 0;
        foreach (var board in windows.Boards)
        {
            var i = Array.BinarySearch(ordered, board.Sequence);
            if (i < 0) i = ~i - 1;
            if (i < 0 || bySequence[i].m.DueAt < windowStart) continue;
            latest.Add(Math.Max(0, Clock.Milliseconds(board.ArrivedAt - bySequence[i].m.Answer.AnsweredAt)));
            messages++;
        }
        return cell with { Window = latest.Count == 0 ? null : Latencies.Of(latest), WindowsPerSecond = messages / (double)windows.Connections / args.Duration.TotalSeconds };
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
}
