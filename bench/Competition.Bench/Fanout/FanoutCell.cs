using System.Diagnostics;
using Competition.TestSupport;

namespace Competition.Bench.Fanout;

/// <summary>
/// One measurement: N screens watch the category while marks flow at a fixed rate (open loop, each PUT
/// sent on schedule whatever the previous one is doing); then everyone must end on the newest board.
/// With several API nodes (on one database) the screens are spread over them in turn; the server's CPU
/// and memory are then the nodes' together. On a window (<see cref="FanoutBoard.Top"/>) only the marks that change
/// it are timed, and a (mark, screen) pair with no message of that mark's sequence or later by the end is lost.
/// </summary>
internal sealed class FanoutCell(IReadOnlyList<ApiProcess> nodes, FanoutContest contest, FanoutCell.Settings settings)
{
    public sealed record Settings(double Rate, TimeSpan Window, TimeSpan Warmup, int Repeats, int ConnectConcurrency);

    public sealed record Result(
        int Watchers, int Refused, string? FirstRefusal, TimeSpan ConnectTime, int Marks, Deliveries.Percentiles[] MarkToScreen,
        Deliveries.Percentiles Spread, double BoardsPerWatcher, long Unseen, int Lost, int OutOfOrder,
        Usage Server, Usage Client, long ServerPeakBytes, TimeSpan Drain, TimeSpan Measured,
        int OutsideMarks = 0, WindowTally? Window = null)
    {
        public long Delivered => (long)Math.Round(BoardsPerWatcher * Watchers);
    }

    /// <summary>What the window screens found in their messages, over all of them (<see cref="WindowCheck"/>).</summary>
    public sealed record WindowTally(long Unchanged, long WrongRows, long WrongCount);

    /// <summary>CPU used and time spent runnable but waiting for a CPU, both per second of the window (in cores).</summary>
    public sealed record Usage(double Cores, double Waiting);

    static int nextMark;

    public async Task<Result> RunAsync(int size)
    {
        var hubs = nodes.Select(n => new Uri($"ws://{n.BaseAddress.Authority}/hubs/leaderboard")).ToArray();
        var (watchers, refused, firstRefusal, connectTime) = await ConnectAsync(hubs, size);
        using var stopPings = new CancellationTokenSource();
        var pings = PingAsync(watchers, stopPings.Token);
        try
        {
            await MarksAsync(settings.Warmup); // JIT tiers, pools
            await Task.Delay(500);
            var start = await contest.BoardSequenceAsync();
            var (serverCpu, clientCpu, clock) = (ServerCpu(), Process.GetCurrentProcess().TotalProcessorTime, Stopwatch.StartNew());
            var (serverWait, clientWait) = (ServerWaited(), RunQueue.Waited(Environment.ProcessId));

            var marks = await MarksAsync(settings.Window);
            var sequences = await contest.SequencesAsync(marks, start);
            var logged = marks.Select((m, i) => (m, i)).Where(p => p.m.Timed)
                .Select(p => new Deliveries.LoggedMark(sequences[p.i], p.m.AnsweredAt)).ToList();
            var projected = await ProjectedAsync(sequences.Max());
            // A window is sent nothing for the marks outside it: its screens end on the last timed mark's board or a
            // later one, not on the board's last.
            var windowed = contest.Board.Windowed;
            var final = windowed ? logged.Max(m => m.Sequence) : projected;
            var drain = Stopwatch.StartNew();
            while (watchers.Any(w => w.LastSequence < final) && drain.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(20);
            var wall = clock.Elapsed;
            var server = new Usage((ServerCpu() - serverCpu) / wall, (ServerWaited() - serverWait) / wall);
            var client = new Usage((Process.GetCurrentProcess().TotalProcessorTime - clientCpu) / wall, (RunQueue.Waited(Environment.ProcessId) - clientWait) / wall);

            var per = Math.Max(1, logged.Count / settings.Repeats);
            var windows = Enumerable.Range(0, settings.Repeats)
                .Select(r => Deliveries.MarkToScreen(logged.Skip(r * per).Take(r == settings.Repeats - 1 ? int.MaxValue : per).ToList(), watchers, out _))
                .ToArray();
            Deliveries.MarkToScreen(logged, watchers, out var unseen);
            var tally = windowed
                ? new WindowTally(watchers.Sum(w => (long)w.Window!.Unchanged), watchers.Sum(w => (long)w.Window!.WrongRows), watchers.Sum(w => (long)w.Window!.WrongCount))
                : null;
            return new Result(watchers.Count, refused, firstRefusal, connectTime, logged.Count, windows,
                Deliveries.Spread(watchers, start), Deliveries.BoardsPerWatcher(watchers, start), unseen,
                windowed ? (int)Math.Min(unseen, int.MaxValue) : watchers.Count(w => w.LastSequence < final), watchers.Sum(w => w.OutOfOrder),
                server, client, nodes.Sum(n => n.PeakResidentBytes()), drain.Elapsed, wall, marks.Count - logged.Count, tally);
        }
        finally
        {
            await stopPings.CancelAsync();
            await pings;
            foreach (var watcher in watchers) watcher.Close();
        }
    }

    TimeSpan ServerCpu() => nodes.Aggregate(TimeSpan.Zero, (sum, n) => sum + n.CpuTime());

    TimeSpan ServerWaited() => nodes.Aggregate(TimeSpan.Zero, (sum, n) => sum + RunQueue.Waited(n.ProcessId));

    async Task<(List<Watcher>, int Refused, string? FirstRefusal, TimeSpan)> ConnectAsync(Uri[] hubs, int size)
    {
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(settings.ConnectConcurrency);
        var errors = new List<string>();
        var attempts = Enumerable.Range(0, size).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
                return await Watcher.ConnectAsync(hubs[i % hubs.Length], contest.Contest, contest.Category, contest.Board, timeout.Token);
            }
            catch (Exception e)
            {
                lock (errors) errors.Add(e.Message);
                return null;
            }
            finally { gate.Release(); }
        }).ToList();
        var watchers = (await Task.WhenAll(attempts)).OfType<Watcher>().ToList();
        return (watchers, errors.Count, errors.FirstOrDefault(), clock.Elapsed);
    }

    async Task<List<FanoutContest.Mark>> MarksAsync(TimeSpan window)
    {
        var count = (int)(window.TotalSeconds * settings.Rate);
        var clock = Stopwatch.StartNew();
        var sent = new List<Task<FanoutContest.Mark>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / settings.Rate) - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            sent.Add(contest.MarkAsync(Interlocked.Increment(ref nextMark)));
        }
        return [.. await Task.WhenAll(sent)];
    }

    /// <summary>Waits for the stored board to include <paramref name="sequence"/>; answers the board's sequence.</summary>
    async Task<long> ProjectedAsync(long sequence)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var board = await contest.BoardSequenceAsync();
            if (board >= sequence) return board;
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"The board stayed at {board}, below {sequence}.");
            await Task.Delay(20);
        }
    }

    static async Task PingAsync(List<Watcher> watchers, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), ct);
                await Task.WhenAll(watchers.Select(w => w.PingAsync()));
            }
        }
        catch (OperationCanceledException) { }
    }
}
