using System.Diagnostics;

namespace Competition.Bench;

internal static class Throughput
{
    /// <summary>
    /// Runs <paramref name="writers"/> loops of <paramref name="operation"/> (each with its own state from
    /// <paramref name="setup"/>); counts only operations completed inside the window after warm-up.
    /// </summary>
    public static async Task<double> MeasureAsync<TState>(
        int writers, BenchArgs args, Func<int, Task<TState>> setup, Func<TState, Task> operation, Func<TState, ValueTask>? teardown = null)
    {
        var states = await Task.WhenAll(Enumerable.Range(0, writers).Select(setup));
        long completed = 0;
        using var stop = new CancellationTokenSource();
        var loops = states.Select(state => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await operation(state);
                Interlocked.Increment(ref completed);
            }
        })).ToArray();

        await Task.Delay(args.Warmup);
        var before = Interlocked.Read(ref completed);
        var clock = Stopwatch.StartNew();
        await Task.Delay(args.Duration);
        var after = Interlocked.Read(ref completed);
        var elapsed = clock.Elapsed;
        stop.Cancel();
        await Task.WhenAll(loops);
        if (teardown is not null) foreach (var state in states) await teardown(state);
        return (after - before) / elapsed.TotalSeconds;
    }
}
