using System.Diagnostics;

namespace Competition.Bench.Fanout;

/// <summary>Delivery latencies from what the watchers recorded, in milliseconds.</summary>
internal static class Deliveries
{
    public sealed record Percentiles(double P50, double P99, double Max, long Samples);

    /// <summary>A mark logged at <c>Sequence</c> and answered over HTTP at <c>AnsweredAt</c> (Stopwatch ticks).</summary>
    public readonly record struct LoggedMark(long Sequence, long AnsweredAt);

    /// <summary>
    /// Mark to screen: for each mark and each watcher, from the mark's HTTP answer to the first board at
    /// that watcher whose sequence includes the mark (coalesced boards count: the screen shows the mark).
    /// A board arriving before the client had read the HTTP answer counts as 0. Marks a watcher never
    /// saw are counted in <paramref name="unseen"/>, not in the latencies.
    /// </summary>
    public static Percentiles MarkToScreen(IReadOnlyList<LoggedMark> marks, IReadOnlyList<Watcher> watchers, out long unseen)
    {
        var ordered = marks.OrderBy(m => m.Sequence).ToArray();
        var samples = new double[(long)ordered.Length * watchers.Count];
        long n = 0;
        unseen = 0;
        foreach (var watcher in watchers)
        {
            var boards = watcher.Boards;
            var b = 0;
            foreach (var mark in ordered)
            {
                while (b < boards.Count && boards[b].Sequence < mark.Sequence) b++;
                if (b == boards.Count) { unseen++; continue; }
                samples[n++] = Math.Max(0, Milliseconds(boards[b].At - mark.AnsweredAt));
            }
        }
        return Summarize(samples.AsSpan(0, (int)n));
    }

    /// <summary>
    /// Fan-out spread: for each board pushed after <paramref name="after"/>, from its first arrival at any
    /// watcher to its arrival at each watcher, i.e. how long one group send takes to reach everyone.
    /// </summary>
    public static Percentiles Spread(IReadOnlyList<Watcher> watchers, long after)
    {
        var first = new Dictionary<long, long>();
        foreach (var watcher in watchers)
            foreach (var (sequence, at) in watcher.Boards)
                if (sequence > after && (!first.TryGetValue(sequence, out var seen) || at < seen)) first[sequence] = at;
        var samples = new List<double>();
        foreach (var watcher in watchers)
            foreach (var (sequence, at) in watcher.Boards)
                if (sequence > after) samples.Add(Milliseconds(at - first[sequence]));
        return Summarize(samples.ToArray());
    }

    /// <summary>Boards each watcher received after <paramref name="after"/>, on average.</summary>
    public static double BoardsPerWatcher(IReadOnlyList<Watcher> watchers, long after) =>
        watchers.Count == 0 ? 0 : watchers.Average(w => w.Boards.Count(b => b.Sequence > after));

    static Percentiles Summarize(Span<double> samples)
    {
        samples.Sort();
        var sorted = samples.ToArray();
        return new Percentiles(Bench.Spread.Quantile(sorted, 0.50), Bench.Spread.Quantile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1], sorted.Length);
    }

    static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
