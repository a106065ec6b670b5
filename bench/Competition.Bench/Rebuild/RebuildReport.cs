using System.Globalization;
using System.Text;

namespace Competition.Bench.Rebuild;

internal static class RebuildReport
{
    /// <summary>One rebuild: its rate and wall time, the CPU the bench process (the daemon, our projection) and PostgreSQL
    /// used meanwhile, and with --profile the time in our ApplyAsync.</summary>
    public sealed record Run(double Rate, TimeSpan Elapsed, TimeSpan ClientCpu, TimeSpan ServerCpu, (TimeSpan Apply, long Pages, long Events)? Profile,
        Dictionary<string, long>? Writes);

    public sealed record Figures(
        long Events, int Contests, TimeSpan Generation, TimeSpan Copy, Spread RawRead, Spread MartenRead, int BatchSize, string Knobs, TimeSpan? CatchUp,
        List<Run> Rebuilds, bool Identical, long Boards, string Arguments);

    const double Target = 50_000;

    public static string Render(Figures f)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Rebuild: the leaderboard projection replayed from sequence 0 by Marten's daemon");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Competition.Bench -- rebuild{f.Arguments}` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
             $"{Environment.ProcessorCount} cores, local cluster with fsync on.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Log: {f.Events:N0} events generated in {f.Generation.TotalSeconds:F1} s and written in bulk by Marten " +
             $"(`BulkInsertEventStreamAsync`, `PreserveSourceSequence`: binary COPY into mt_streams and mt_events, one transaction) in {f.Copy.TotalSeconds:F1} s " +
             $"({f.Events / f.Copy.TotalSeconds:F0} events/s): {f.Contests} contests × 8 categories, 30 entries each, 2–3 stages of " +
             $"3–4 criteria, 5-judge panels with recusal, corrections, reopened sheets, withdrawals, disqualifications, awards; " +
             $"{f.Boards} boards. `VACUUM ANALYZE` of mt_events and mt_streams before reading. The store is configured by CompetitionStore.Configure " +
             $"(projection options: {f.Knobs}). Rates are events/s, median (min–max) over repeats.");
        md.AppendLine();
        md.AppendLine("| path | events/s | time for the log | vs raw SELECT |");
        md.AppendLine("|---|---:|---:|---:|");
        var raw = f.RawRead.Median;
        void Row(string path, Spread rate) =>
            md.AppendLine(CultureInfo.InvariantCulture, $"| {path} | {rate.Format("F0")} | {f.Events / rate.Median:F1} s | {rate.Median / raw:P0} |");
        Row("raw SELECT of every event, streamed (floor; the loader's columns, mt_events joined to mt_streams)", f.RawRead);
        Row($"the daemon's event loader (`IEventStore.BuildEventLoader` for this projection): pages of {f.BatchSize:N0}, JSON deserialized (what a rebuild reads)", f.MartenRead);
        if (f.CatchUp is { } catchUp) Row($"daemon catch-up from 0 (`StartAllAsync`, the live path, pages of {f.BatchSize:N0})", Spread.Of([f.Events / catchUp.TotalSeconds]));
        else md.AppendLine("| daemon catch-up from 0 (live path) | not run (`--catch-up`) | | |");
        Row($"`daemon.RebuildProjectionAsync(\"leaderboards\")`, pages of {f.BatchSize:N0}", Spread.Of(f.Rebuilds.Select(r => r.Rate)));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Back in step (rebuild start → `leaderboards:All` checkpoint == head, committed): " +
             $"{Spread.Of(f.Rebuilds.Select(r => r.Elapsed.TotalSeconds)).Format("F1")} s. CPU during a rebuild: bench process (daemon and projection) " +
             $"{Spread.Of(f.Rebuilds.Select(r => r.ClientCpu.TotalSeconds)).Format("F1")} s, PostgreSQL {Spread.Of(f.Rebuilds.Select(r => r.ServerCpu.TotalSeconds)).Format("F1")} s.");
        // CPU per event is less sensitive to other load on the machine than the rate; on this many cores it bounds the rate from above.
        var perEvent = Spread.Of(f.Rebuilds.Select(r => (r.ClientCpu + r.ServerCpu).TotalMicroseconds / f.Events));
        md.AppendLine(CultureInfo.InvariantCulture, $"CPU per event: bench {Spread.Of(f.Rebuilds.Select(r => r.ClientCpu.TotalMicroseconds / f.Events)).Format("F1")} µs + " +
             $"PostgreSQL {Spread.Of(f.Rebuilds.Select(r => r.ServerCpu.TotalMicroseconds / f.Events)).Format("F1")} µs = {perEvent.Format("F1")} µs: " +
             $"even with both sides perfectly overlapped on {Environment.ProcessorCount} cores, at most {Environment.ProcessorCount * 1e6 / perEvent.Median:F0} events/s.");
        if (f.Rebuilds.All(r => r.Profile is not null))
            md.AppendLine(CultureInfo.InvariantCulture, $"Our ApplyAsync (`--profile`: load of the category documents, applying, views queued; the commit is the daemon's): " +
                 $"{Spread.Of(f.Rebuilds.Select(r => r.Profile!.Value.Apply.TotalSeconds)).Format("F1")} s over {f.Rebuilds[0].Profile!.Value.Pages} pages; " +
                 $"rows written by one rebuild: {string.Join(", ", f.Rebuilds[^1].Writes!.Select(w => $"{w.Key} {w.Value:N0}"))} (inserts and updates from pg_stat_user_tables; the teardown truncates, which it does not count).");
        md.AppendLine(CultureInfo.InvariantCulture, $"Boards after every rebuild identical ({(f.CatchUp is null ? "to each other" : "to the live ones and to each other")}): {(f.Identical ? "yes" : "NO")}.");
        md.AppendLine();
        var median = Spread.Of(f.Rebuilds.Select(r => r.Rate)).Median;
        md.AppendLine(CultureInfo.InvariantCulture, $"Target ≥ {Target:N0} events/s for the rebuild: {(median >= Target ? "met" : "MISSED")} (median {median:F0}/s).");
        return md.ToString();
    }
}
