namespace Competition.Bench;

internal sealed record BenchArgs(TimeSpan Duration, TimeSpan Warmup)
{
    public static BenchArgs Parse(string[] args)
    {
        double Get(string name, double fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        }
        return new BenchArgs(TimeSpan.FromSeconds(Get("--seconds", 5)), TimeSpan.FromSeconds(Get("--warmup", 1)));
    }
}
