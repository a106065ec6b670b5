using System.Globalization;

namespace Competition.Bench;

/// <summary>The options every benchmark understands (<c>--seconds</c>, <c>--warmup</c>) and any other <c>--name value</c> number.</summary>
internal sealed record BenchArgs(TimeSpan Duration, TimeSpan Warmup, string[] Raw)
{
    public static BenchArgs Parse(string[] args, double seconds = 5, double warmup = 1)
    {
        var parsed = new BenchArgs(TimeSpan.Zero, TimeSpan.Zero, args);
        return parsed with
        {
            Duration = TimeSpan.FromSeconds(parsed.Number("--seconds", seconds)),
            Warmup = TimeSpan.FromSeconds(parsed.Number("--warmup", warmup)),
        };
    }

    public double Number(string name, double fallback) =>
        Text(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public int Integer(string name, int fallback) => (int)Number(name, fallback);

    /// <summary>The value of <c>--name value</c> as given, or null.</summary>
    public string? Text(string name)
    {
        var i = Array.IndexOf(Raw, name);
        return i >= 0 && i + 1 < Raw.Length ? Raw[i + 1] : null;
    }
}
