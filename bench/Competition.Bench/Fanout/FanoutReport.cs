using System.Globalization;
using System.Text;

namespace Competition.Bench.Fanout;

internal static class FanoutReport
{
    const double TargetP99Ms = 1_000;

    public static bool MeetsTarget(FanoutCell.Result r) =>
        r.Refused == 0 && r.Lost == 0 && r.OutOfOrder == 0 && r.MarkToScreen.All(w => w.P99 < TargetP99Ms);

    public static string Render(IReadOnlyList<FanoutCell.Result> results, FanoutCell.Settings settings, string limits, string arguments)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("# Fan-out: one category's board pushed to many screens");
        md.AppendLine();
        md.AppendLine(inv, $"`dotnet run -c Release --project bench/Competition.Bench -- fanout{arguments}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
                           $"{Environment.ProcessorCount} cores shared by PostgreSQL, the API process (Release) and the screens' client.");
        md.AppendLine();
        md.AppendLine(inv, $"Screens are raw WebSockets speaking SignalR's JSON protocol (no negotiate), all in the bench process; each calls `Watch` " +
                           $"on the same category (20 entries, one stage of 3 criteria, 5 judges). Marks are PUT through the API with judge tokens at " +
                           $"{settings.Rate:F0}/s for {settings.Window.TotalSeconds:F0} s (after {settings.Warmup.TotalSeconds:F0} s of warm-up), every PUT a changed value. " +
                           $"Mark→screen: from the PUT's answer to the first board at a screen whose `sequence` includes that mark, " +
                           $"over every (mark, screen); shown as median (min–max) of {settings.Repeats} consecutive windows of the run. " +
                           $"Spread: from a board's first arrival at any screen to its arrival at each. CPU columns are cores used over the window, " +
                           $"with (in brackets) the time the process's threads sat runnable waiting for a CPU, also in cores: large values mean the " +
                           $"machine, not the code, set the pace. Server peak RSS is the process's high-water mark so far (one process serves every row). {limits}.");
        md.AppendLine();
        md.AppendLine("| screens | connect all | mark→screen p50 ms | mark→screen p99 ms | max ms | spread p99 ms | boards/screen | lost | out of order | server CPU cores (waiting) | server µs CPU per board sent | client CPU cores (waiting) | server peak RSS |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var p50 = Spread.Of(r.MarkToScreen.Select(w => w.P50));
            var p99 = Spread.Of(r.MarkToScreen.Select(w => w.P99));
            md.AppendLine(inv, $"| {r.Watchers:N0}{(r.Refused > 0 ? $" ({r.Refused} refused)" : "")} | {r.ConnectTime.TotalSeconds:F1} s | {p50.Format("F0")} | {p99.Format("F0")} | " +
                               $"{r.MarkToScreen.Max(w => w.Max):F0} | {r.Spread.P99:F0} | {r.BoardsPerWatcher:F1} of {r.Marks} marks | {r.Lost} | {r.OutOfOrder} | " +
                               $"{r.Server.Cores:F2} ({r.Server.Waiting:F2}) | {PerBoard(r):F0} | {r.Client.Cores:F2} ({r.Client.Waiting:F2}) | {r.ServerPeakBytes / 1024.0 / 1024:F0} MiB |");
        }
        md.AppendLine();
        foreach (var r in results.Where(r => r.FirstRefusal is not null))
            md.AppendLine(inv, $"{r.Refused} of {r.Watchers + r.Refused} connections refused at {r.Watchers + r.Refused:N0}; first: {r.FirstRefusal}");
        var largest = results.MaxBy(r => r.Watchers);
        if (largest is not null)
            md.AppendLine(inv, $"Target (10,000 screens, p99 < 1 s, nothing lost): {(largest.Watchers >= 10_000 && MeetsTarget(largest) ? "met" : "MISSED")} " +
                               $"at {largest.Watchers:N0} screens (worst window p99 {largest.MarkToScreen.Max(w => w.P99):F0} ms, {largest.Lost} lost, {largest.Unseen} unseen (mark, screen) pairs).");
        return md.ToString();
    }

    public static string Row(FanoutCell.Result r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Watchers} screens ({r.Refused} refused) connected in {r.ConnectTime.TotalSeconds:F1} s; mark→screen p50 {string.Join('/', r.MarkToScreen.Select(w => w.P50.ToString("F0", CultureInfo.InvariantCulture)))} " +
        $"p99 {string.Join('/', r.MarkToScreen.Select(w => w.P99.ToString("F0", CultureInfo.InvariantCulture)))} ms; spread p99 {r.Spread.P99:F0} ms; boards/screen {r.BoardsPerWatcher:F1}; " +
        $"lost {r.Lost}; unseen {r.Unseen}; out of order {r.OutOfOrder}; server {r.Server.Cores:F2} cores (waiting {r.Server.Waiting:F2}), {PerBoard(r):F0} µs per board sent; " +
        $"client {r.Client.Cores:F2} (waiting {r.Client.Waiting:F2}); peak {r.ServerPeakBytes >> 20} MiB; drain {r.Drain.TotalSeconds:F1} s");

    /// <summary>Server CPU over the window per board delivered to a screen (marks, projection and database work included).</summary>
    static double PerBoard(FanoutCell.Result r) => r.Delivered == 0 ? double.NaN : r.Server.Cores * r.Measured.TotalSeconds * 1e6 / r.Delivered;
}
