using System.Globalization;
using System.Text;

namespace Competition.Bench.Fanout;

internal static class FanoutReport
{
    const double TargetP99Ms = 1_000;

    public static bool MeetsTarget(FanoutCell.Result r) =>
        r.Refused == 0 && r.Lost == 0 && r.OutOfOrder == 0 && r.MarkToScreen.All(w => w.P99 < TargetP99Ms)
        && r.Window is null or { Unchanged: 0, WrongRows: 0, WrongCount: 0 };

    public static string Render(IReadOnlyList<FanoutCell.Result> results, FanoutCell.Settings settings, string limits, string arguments,
        FanoutBoard board, TimeSpan setUp)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(board.Top is { } shown
            ? $"# Fan-out: the top {shown} of a {board.Entries.ToString("N0", inv)}-entry board pushed to many screens"
            : "# Fan-out: one category's board pushed to many screens");
        md.AppendLine();
        md.AppendLine(inv, $"`dotnet run -c Release --project bench/Competition.Bench -- fanout{arguments}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
                           $"{Environment.ProcessorCount} cores shared by PostgreSQL, the API process (Release) and the screens' client.");
        md.AppendLine();
        md.AppendLine(Description(board, settings, setUp) +
                      $"Spread: from a board's first arrival at any screen to its arrival at each. CPU columns are cores used over the window, " +
                      $"with (in brackets) the time the process's threads sat runnable waiting for a CPU, also in cores: large values mean the " +
                      $"machine, not the code, set the pace. Server peak RSS is the process's high-water mark so far (one process serves every row). {limits}.");
        md.AppendLine();
        var windowed = board.Windowed;
        md.AppendLine("| screens | connect all | mark→screen p50 ms | mark→screen p99 ms | max ms | spread p99 ms | boards/screen | lost | out of order | server CPU cores (waiting) | server µs CPU per board sent | client CPU cores (waiting) | server peak RSS |" +
                      (windowed ? " unchanged pushes | wrong rows / count |" : ""));
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + (windowed ? "---:|---:|" : ""));
        foreach (var r in results)
        {
            var p50 = Spread.Of(r.MarkToScreen.Select(w => w.P50));
            var p99 = Spread.Of(r.MarkToScreen.Select(w => w.P99));
            var marks = windowed ? $"{r.Marks} timed marks (+{r.OutsideMarks} outside)" : $"{r.Marks} marks";
            var checks = r.Window is { } tally ? string.Create(inv, $" {tally.Unchanged:N0} | {tally.WrongRows:N0} / {tally.WrongCount:N0} |") : "";
            md.AppendLine(inv, $"| {r.Watchers:N0}{(r.Refused > 0 ? $" ({r.Refused} refused)" : "")} | {r.ConnectTime.TotalSeconds:F1} s | {p50.Format("F0")} | {p99.Format("F0")} | " +
                               $"{r.MarkToScreen.Max(w => w.Max):F0} | {r.Spread.P99:F0} | {r.BoardsPerWatcher:F1} of {marks} | {(windowed ? r.Lost.ToString("N0", inv) : r.Lost)} | {r.OutOfOrder} | " +
                               $"{r.Server.Cores:F2} ({r.Server.Waiting:F2}) | {PerBoard(r):F0} | {r.Client.Cores:F2} ({r.Client.Waiting:F2}) | {r.ServerPeakBytes / 1024.0 / 1024:F0} MiB |{checks}");
        }
        md.AppendLine();
        foreach (var r in results.Where(r => r.FirstRefusal is not null))
            md.AppendLine(inv, $"{r.Refused} of {r.Watchers + r.Refused} connections refused at {r.Watchers + r.Refused:N0}; first: {r.FirstRefusal}");
        var largest = results.MaxBy(r => r.Watchers);
        if (largest is not null)
        {
            var (target, found) = largest.Window is { } tally
                ? (string.Create(inv, $" on the top {board.Top} of {board.Entries:N0} entries, p99 < 1 s, nothing lost, no unchanged or wrong window"),
                   string.Create(inv, $"{largest.Lost:N0} lost (mark, screen) pairs, {tally.Unchanged:N0} unchanged pushes, {tally.WrongRows + tally.WrongCount:N0} wrong windows"))
                : (", p99 < 1 s, nothing lost", string.Create(inv, $"{largest.Lost} lost, {largest.Unseen} unseen (mark, screen) pairs"));
            md.AppendLine(inv, $"Target (10,000 screens{target}): {(largest.Watchers >= 10_000 && MeetsTarget(largest) ? "met" : "MISSED")} " +
                               $"at {largest.Watchers:N0} screens (worst window p99 {largest.MarkToScreen.Max(w => w.P99):F0} ms, {found}).");
        }
        return md.ToString();
    }

    /// <summary>What the screens watch and which marks are timed; the whole board's text is the one this benchmark always had.</summary>
    static string Description(FanoutBoard board, FanoutCell.Settings settings, TimeSpan setUp)
    {
        var inv = CultureInfo.InvariantCulture;
        var marking = string.Create(inv, $"Marks are PUT through the API with judge tokens at {settings.Rate:F0}/s for {settings.Window.TotalSeconds:F0} s " +
                                         $"(after {settings.Warmup.TotalSeconds:F0} s of warm-up), every PUT a changed value. ");
        var timing = $"over every (mark, screen); shown as median (min–max) of {settings.Repeats} consecutive windows of the run. ";
        var which = board.Leaders < board.Entries
            ? "Three in four move a leader's total within the leaders' band, so each changes a row of every window: these are timed. " +
              "One in four marks an entry outside the window (a changed value, a total of at most 20): not timed, and a window screen must be sent nothing for it. "
            : "Each moves a leader's total within the leaders' band (every entry is one), so each changes a row of every window. ";
        if (board.Top is not { } top)
            return string.Create(inv, $"Screens are raw WebSockets speaking SignalR's JSON protocol (no negotiate), all in the bench process; each calls `Watch` " +
                                      $"on the same category ({board.Entries:N0} entries, one stage of 3 criteria, 5 judges). {marking}" +
                                      $"Mark→screen: from the PUT's answer to the first board at a screen whose `sequence` includes that mark, {timing}");
        return string.Create(inv,
            $"Screens are raw WebSockets speaking SignalR's JSON protocol (no negotiate), all in the bench process; each calls `WatchTop(contest, category, {top})` " +
            $"on the same category ({board.Entries:N0} approved entries, one stage of 3 criteria, 5 judges; set up through the public routes — CSV import, " +
            $"approvals, draw, the leaders' marks — in {setUp.TotalSeconds:F0} s). Before the screens connect, {board.Leaders} leaders are marked high " +
            $"(totals 55–100, one judge each) and every other entry is left unmarked (a total of 0), so the window's rows are the leaders throughout. {marking}" +
            $"{which}" +
            $"Mark→screen: from the PUT's answer to the first message at a screen whose `sequence` includes that mark, {timing}" +
            $"Lost: (timed mark, screen) pairs with no message of that mark's sequence or later at the screen by the end of the drain. " +
            $"Every message is checked at its screen: unchanged pushes are messages whose rows are byte for byte the previous message's at that screen; " +
            $"wrong rows / count are messages whose rows are not min({top}, count) or whose count is not {board.Entries:N0}, over the whole time the screens were connected. ");
    }

    public static string Row(FanoutCell.Result r) => Line(r) + (r.Window is { } tally
        ? string.Create(CultureInfo.InvariantCulture, $"; {r.OutsideMarks} marks outside the window; unchanged pushes {tally.Unchanged}; wrong rows {tally.WrongRows}, wrong count {tally.WrongCount}")
        : "");

    static string Line(FanoutCell.Result r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Watchers} screens ({r.Refused} refused) connected in {r.ConnectTime.TotalSeconds:F1} s; mark→screen p50 {string.Join('/', r.MarkToScreen.Select(w => w.P50.ToString("F0", CultureInfo.InvariantCulture)))} " +
        $"p99 {string.Join('/', r.MarkToScreen.Select(w => w.P99.ToString("F0", CultureInfo.InvariantCulture)))} ms; spread p99 {r.Spread.P99:F0} ms; boards/screen {r.BoardsPerWatcher:F1}; " +
        $"lost {r.Lost}; unseen {r.Unseen}; out of order {r.OutOfOrder}; server {r.Server.Cores:F2} cores (waiting {r.Server.Waiting:F2}), {PerBoard(r):F0} µs per board sent; " +
        $"client {r.Client.Cores:F2} (waiting {r.Client.Waiting:F2}); peak {r.ServerPeakBytes >> 20} MiB; drain {r.Drain.TotalSeconds:F1} s");

    /// <summary>Server CPU over the window per board delivered to a screen (marks, projection and database work included).</summary>
    static double PerBoard(FanoutCell.Result r) => r.Delivered == 0 ? double.NaN : r.Server.Cores * r.Measured.TotalSeconds * 1e6 / r.Delivered;
}
