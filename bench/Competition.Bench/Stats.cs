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
        return new(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
    }

    static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>Min, median and max of one figure over repeats.</summary>
internal sealed record Spread(double Min, double Median, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new(sorted[0], median, sorted[^1]);
    }

    public string Format(string format, string unit = "") =>
        string.Create(CultureInfo.InvariantCulture, $"{Median.ToString(format, CultureInfo.InvariantCulture)}{unit} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})");
}
