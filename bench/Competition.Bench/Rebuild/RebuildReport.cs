using System.Globalization;
using System.Text;

namespace Competition.Bench.Rebuild;

internal static class RebuildReport
{
    public sealed record Figures(
        long Events, int Contests, TimeSpan Generation, Spread RawRead, Spread StoreRead, int BatchSize, TimeSpan? CatchUp,
        Spread Rebuild, Spread RebuildSeconds, bool Identical, long Boards, string Arguments);

    const double Target = 50_000;

    public static string Render(Figures f)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Rebuild: the leaderboard projection replayed from sequence 0");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Competition.Bench -- rebuild{f.Arguments}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
             $"{Environment.ProcessorCount} cores, local cluster with fsync on.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Log: {f.Events:N0} events copied in bulk (binary COPY) in {f.Generation.TotalSeconds:F1} s " +
             $"({f.Events / f.Generation.TotalSeconds:F0} events/s): {f.Contests} contests × 8 categories, 30 entries each, 2–3 stages of " +
             $"3–4 criteria, 5-judge panels with recusal, corrections, reopened sheets, withdrawals, disqualifications, awards; " +
             $"{f.Boards} boards. `VACUUM ANALYZE mt_events` before reading. Rates are events/s, median (min–max) over repeats.");
        md.AppendLine();
        md.AppendLine("| path | events/s | time for the log | vs raw SELECT |");
        md.AppendLine("|---|---:|---:|---:|");
        var raw = f.RawRead.Median;
        void Row(string path, Spread rate) =>
            md.AppendLine(CultureInfo.InvariantCulture, $"| {path} | {rate.Format("F0")} | {f.Events / rate.Median:F1} s | {rate.Median / raw:P0} |");
        Row("raw SELECT of every event, streamed (floor)", f.RawRead);
        Row($"store reader: batches of {f.BatchSize:N0}, JSON deserialized (what a rebuild reads)", f.StoreRead);
        if (f.CatchUp is { } catchUp) Row("daemon catch-up from 0 (batch of 500 per transaction, live path)", Spread.Of([f.Events / catchUp.TotalSeconds]));
        else md.AppendLine("| daemon catch-up from 0 (live path) | not run (`--catch-up`) | | |");
        Row("ProjectionDaemon.RebuildAsync (one transaction)", f.Rebuild);
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Back in step (rebuild start → checkpoint == head, committed): {f.RebuildSeconds.Format("F1")} s. " +
             $"Boards after every rebuild identical ({(f.CatchUp is null ? "to each other" : "to the live ones and to each other")}): {(f.Identical ? "yes" : "NO")}.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Target ≥ {Target:N0} events/s for the rebuild: {(f.Rebuild.Median >= Target ? "met" : "MISSED")} " +
             $"(median {f.Rebuild.Median:F0}/s).");
        return md.ToString();
    }
}
