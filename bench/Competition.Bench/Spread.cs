using System.Globalization;

namespace Competition.Bench;

/// <summary>Min, median and max of a few repeats, printed "median (min–max)".</summary>
internal sealed record Spread(double Min, double Median, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return new Spread(double.NaN, double.NaN, double.NaN);
        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Spread(sorted[0], median, sorted[^1]);
    }

    public string Format(string number, string unit = "")
    {
        string Text(double value) => value.ToString(number, CultureInfo.InvariantCulture) + unit;
        return Min == Max ? Text(Median) : $"{Text(Median)} ({Text(Min)}–{Text(Max)})";
    }

    /// <summary>The value at quantile <paramref name="q"/> (0..1) of already sorted samples, nearest rank.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
}
