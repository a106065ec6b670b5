using System.Diagnostics;
using System.Globalization;

namespace Competition.Bench;

/// <summary>Stopwatch ticks: on Linux CLOCK_MONOTONIC in nanoseconds, the clock bench/node/watch.mjs stamps with too.</summary>
internal static class Clock
{
    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
    public static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
    public static long Nanoseconds(long timestamp) => (long)(timestamp * (1_000_000_000.0 / Stopwatch.Frequency));
}

/// <summary>Percentiles of a set of latencies in milliseconds (nearest rank).</summary>
internal sealed record Latencies(int Count, double P50, double P99, double Max)
{
    public static readonly Latencies None = new(0, double.NaN, double.NaN, double.NaN);

    public static Latencies Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return None;
        var sorted = milliseconds.Order().ToArray();
        return new(sorted.Length, Spread.Quantile(sorted, 0.50), Spread.Quantile(sorted, 0.99), sorted[^1]);
    }
}
