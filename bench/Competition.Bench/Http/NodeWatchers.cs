using System.Diagnostics;
using System.Globalization;
using Competition.TestSupport;

namespace Competition.Bench.Http;

/// <summary>A board as one watcher saw it: connection index, arrival (Stopwatch timestamp, same clock as ours) and sequence.</summary>
internal readonly record struct BoardSeen(int Connection, long ArrivedAt, long Sequence);

/// <summary>
/// bench/node/watch.mjs: real @microsoft/signalr clients watching one category. It stamps every board
/// with CLOCK_MONOTONIC, which is what Stopwatch reads on Linux, so arrival minus our answer time is a
/// latency; <see cref="StartAsync"/> checks that the two clocks agree before anything is measured.
/// </summary>
internal sealed class NodeWatchers : IAsyncDisposable
{
    readonly Process process;
    readonly List<BoardSeen> boards = [];
    readonly List<string> closed = [];
    readonly System.Text.StringBuilder errors = new();
    readonly TaskCompletionSource<long> clock = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly TaskCompletionSource watching = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly int connections;
    readonly long[] highest;
    readonly Task pump;
    int watchingCount;

    NodeWatchers(Process process, int connections)
    {
        this.process = process;
        this.connections = connections;
        highest = new long[connections];
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        pump = Task.Run(PumpAsync);
    }

    /// <summary>User + system CPU time of the Node process so far.</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary><paramref name="top"/>: each connection watches the window of the first <paramref name="top"/> rows (WatchTop).</summary>
    public static async Task<NodeWatchers> StartAsync(Uri api, Guid contestId, Guid categoryId, int connections = 1, int? top = null)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "bench", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@microsoft", "signalr")))
            throw new InvalidOperationException($"Run 'npm ci' in {folder} first (bench/run.sh does).");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in new[] { "watch.mjs", api.ToString(), contestId.ToString(), categoryId.ToString(), connections.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        if (top is { } rows) start.ArgumentList.Add(rows.ToString(CultureInfo.InvariantCulture));
        var watchers = new NodeWatchers(Process.Start(start)!, connections);
        try
        {
            var stamped = await watchers.clock.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var skew = Clock.Milliseconds(Stopwatch.GetTimestamp() - stamped);
            if (skew is < 0 or > 5000)
                throw new InvalidOperationException($"Node's hrtime and Stopwatch are not one clock (read {skew:F0} ms after it was stamped).");
            await watchers.watching.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return watchers;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            var message = $"{e.Message} watch.mjs stderr: {watchers.Errors}";
            await watchers.DisposeAsync();
            throw new InvalidOperationException(message, e);
        }
    }

    public string Errors { get { lock (errors) return errors.ToString(); } }

    public int Connections => connections;

    /// <summary>Connections that closed on their own (not by our stop), with the client's reason.</summary>
    public IReadOnlyList<string> Closed { get { lock (boards) return [.. closed]; } }

    public IReadOnlyList<BoardSeen> Boards { get { lock (boards) return [.. boards]; } }

    public int BoardCount { get { lock (boards) return boards.Count; } }

    /// <summary>The highest sequence every connection has seen.</summary>
    public long SeenByAll
    {
        get
        {
            lock (boards) return highest.Min();
        }
    }

    /// <summary>Waits until every connection has seen a board at or past <paramref name="sequence"/>; false on timeout.</summary>
    public async Task<bool> WaitForAsync(long sequence, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (SeenByAll < sequence)
        {
            if (clock.Elapsed > timeout) return false;
            await Task.Delay(10);
        }
        return true;
    }

    async Task PumpAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ', 4);
            switch (parts[0])
            {
                case "clock":
                    clock.TrySetResult(Ticks(parts[1]));
                    break;
                case "watching":
                    if (Interlocked.Increment(ref watchingCount) == connections) watching.TrySetResult();
                    break;
                case "board":
                    var seen = new BoardSeen(int.Parse(parts[1], CultureInfo.InvariantCulture), Ticks(parts[2]), long.Parse(parts[3], CultureInfo.InvariantCulture));
                    lock (boards)
                    {
                        boards.Add(seen);
                        highest[seen.Connection] = Math.Max(highest[seen.Connection], seen.Sequence);
                    }
                    break;
                case "closed":
                    lock (boards) closed.Add(line);
                    break;
            }
        }
        watching.TrySetException(new InvalidOperationException("watch.mjs ended before every connection was watching."));
        clock.TrySetException(new InvalidOperationException("watch.mjs ended before stamping its clock."));
    }

    static long Ticks(string nanoseconds) => (long)(long.Parse(nanoseconds, CultureInfo.InvariantCulture) * (Stopwatch.Frequency / 1e9));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await process.StandardInput.WriteLineAsync("stop");
            await process.StandardInput.FlushAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException) { }
        if (!process.HasExited) process.Kill();
        await process.WaitForExitAsync();
        await pump;
        process.Dispose();
    }
}
