using System.Diagnostics;

namespace Competition.Bench;

/// <summary>Operations per second in the measured window, how long each of those took, and how many completed in all (warm-up included).</summary>
internal sealed record Measurement(double PerSecond, Latencies Latency, long Completed);

internal static class Throughput
{
    /// <summary>
    /// Runs <paramref name="writers"/> closed loops of <paramref name="operation"/> (each with its own state from
    /// <paramref name="setup"/>); counts and times only operations completed inside the window after warm-up.
    /// </summary>
    public static async Task<Measurement> MeasureAsync<TState>(
        int writers, BenchArgs args, Func<int, Task<TState>> setup, Func<TState, Task> operation, Func<TState, ValueTask>? teardown = null)
    {
        var states = await Task.WhenAll(Enumerable.Range(0, writers).Select(setup));
        var done = states.Select(_ => new List<(long End, long Took)>()).ToArray();
        using var stop = new CancellationTokenSource();
        var loops = states.Select((state, i) => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await operation(state);
                var end = Stopwatch.GetTimestamp();
                done[i].Add((end, end - start));
            }
        })).ToArray();

        await Task.Delay(args.Warmup);
        var from = Stopwatch.GetTimestamp();
        await Task.Delay(args.Duration);
        var to = Stopwatch.GetTimestamp();
        stop.Cancel();
        await Task.WhenAll(loops);
        if (teardown is not null) foreach (var state in states) await teardown(state);

        var inWindow = done.SelectMany(d => d).Where(d => d.End >= from && d.End <= to).Select(d => Clock.Milliseconds(d.Took)).ToList();
        return new Measurement(inWindow.Count / Clock.Seconds(to - from), Latencies.Of(inWindow), done.Sum(d => d.Count));
    }
}
