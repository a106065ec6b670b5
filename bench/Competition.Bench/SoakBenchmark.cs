using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Competition.Bench.Http;

namespace Competition.Bench;

/// <summary>
/// Steady marking for <c>--minutes</c> (default 10) with live watchers: the API's resident memory, CPU
/// and error count sampled as it goes, and at the end every acknowledged mark looked up in the log.
/// Not part of bench/run.sh (it takes as long as it is asked to).
/// </summary>
internal static class SoakBenchmark
{
    const int Judges = 8, Entries = 40, Criteria = 4, Watchers = 3;

    sealed record Sample(double Minute, long ResidentBytes, double CpuPercent, long Marks, long Errors, long Refused, long Boards, long Reviews);

    sealed class Counters
    {
        public long Marks, Errors, Refused, Reviews;
        public readonly ConcurrentQueue<MarkAnswer> Acknowledged = new();
        public readonly ConcurrentDictionary<int, long> Unexpected = new();
    }

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv);
        var minutes = args.Number("--minutes", 10);
        var rate = args.Number("--rate", 50);
        var every = TimeSpan.FromSeconds(minutes >= 5 ? 60 : Math.Max(10, minutes * 10));
        await using var api = await ApiUnderTest.StartAsync("soak");
        var contest = await BenchContest.SetUpAsync(api.Http, Judges, Entries, Criteria);
        var judges = contest.Judges.Select(j => new JudgeAtWork(api.Http, contest, j)).ToArray();
        await using var log = new ApiEventLog(api.Database.ConnectionString);
        await using var watchers = await NodeWatchers.StartAsync(api.Api.BaseAddress, contest.Id, contest.Category, Watchers);
        Console.WriteLine($"soak: {minutes} min at {rate} marks/s, {Judges} judges, {Watchers} watchers, sampling every {every.TotalSeconds:F0} s");

        var counters = new Counters();
        using var stop = new CancellationTokenSource();
        var started = Stopwatch.GetTimestamp();
        var sending = PacedSender.RunAsync(rate, TimeSpan.FromMinutes(minutes), i => SendAsync(judges[i % judges.Length], counters));
        var reviewing = ReviewAsync(judges, contest.OrganizerToken, counters, stop.Token);

        var samples = new List<Sample>();
        var (cpu, wall, last) = (api.Api.CpuTime(), started, new Sample(0, 0, 0, 0, 0, 0, 0, 0));
        var count = Math.Max(1, (int)Math.Round(minutes * 60 / every.TotalSeconds));
        for (var n = 1; n <= count; n++)
        {
            var due = started + (long)(n * every.TotalSeconds * Stopwatch.Frequency);
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, Clock.Seconds(due - Stopwatch.GetTimestamp()))));
            var (nowCpu, now) = (api.Api.CpuTime(), Stopwatch.GetTimestamp());
            var sample = new Sample(Clock.Seconds(now - started) / 60, api.Api.ResidentBytes(), 100 * (nowCpu - cpu).TotalSeconds / Clock.Seconds(now - wall),
                Interlocked.Read(ref counters.Marks), Interlocked.Read(ref counters.Errors), Interlocked.Read(ref counters.Refused),
                watchers.BoardCount, Interlocked.Read(ref counters.Reviews));
            Console.WriteLine($"{sample.Minute,5:F1} min: RSS {sample.ResidentBytes / 1048576.0:F0} MB, CPU {sample.CpuPercent:F0}%, marks {sample.Marks - last.Marks}, " +
                              $"errors {sample.Errors - last.Errors}, refused {sample.Refused - last.Refused}, boards {sample.Boards - last.Boards}");
            samples.Add(sample);
            (cpu, wall, last) = (nowCpu, now, sample);
        }
        stop.Cancel();
        await reviewing;
        var run = await sending;

        var head = await log.HeadAsync();
        var caughtUp = await watchers.WaitForAsync(head, TimeSpan.FromSeconds(10));
        var inLog = await log.SequencesAfterAsync(0);
        var lost = counters.Acknowledged.Count(a => !inLog.ContainsKey((a.SheetStream, a.Version)));
        var report = Report(samples, minutes, rate, api.Api.PeakResidentBytes(), counters, lost, caughtUp, watchers.Closed, run.HeldBack);
        await ResultsFile.WriteAsync("soak", report);
        return lost == 0 && counters.Errors == 0 && caughtUp && watchers.Closed.Count == 0 ? 0 : 1;
    }

    static async Task<MarkAnswer> SendAsync(JudgeAtWork judge, Counters counters)
    {
        var answer = await judge.MarkAsync();
        if (answer.Ok)
        {
            Interlocked.Increment(ref counters.Marks);
            counters.Acknowledged.Enqueue(answer);
        }
        // 409: the sheet was submitted for review a moment ago; a tablet shows that and waits for the reopen.
        else if (answer.Status == 409) Interlocked.Increment(ref counters.Refused);
        else
        {
            Interlocked.Increment(ref counters.Errors);
            counters.Unexpected.AddOrUpdate(answer.Status, 1, (_, n) => n + 1);
        }
        return answer;
    }

    /// <summary>Every 15 s a judge submits a sheet and the organizer reopens it, as a chief judge's review would.</summary>
    static async Task ReviewAsync(JudgeAtWork[] judges, string organizerToken, Counters counters, CancellationToken ct)
    {
        for (var i = 0; !ct.IsCancellationRequested; i++)
        {
            try { await Task.Delay(TimeSpan.FromSeconds(15), ct); }
            catch (OperationCanceledException) { return; }
            var (submit, reopen) = await judges[i % judges.Length].SubmitAndReopenAsync(organizerToken);
            Interlocked.Increment(ref counters.Reviews);
            foreach (var status in new[] { submit, reopen }.Where(s => s != 204))
            {
                Interlocked.Increment(ref counters.Errors);
                counters.Unexpected.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }
    }

    static string Report(List<Sample> samples, double minutes, double rate, long peak, Counters counters, int lost, bool caughtUp,
        IReadOnlyList<string> closed, long heldBack)
    {
        var md = new StringBuilder();
        md.AppendLine("## Soak: steady marking with live watchers");
        md.AppendLine();
        md.AppendLine($"`soak --minutes {minutes:0.##}` — the API (Release) as its own process; {rate:0} marks/s open-loop over HTTP from {Judges} judges " +
                      $"({Entries} entries × {Criteria} criteria each), a sheet submitted and reopened by the organizer every 15 s, {Watchers} SignalR " +
                      $"watchers (npm @microsoft/signalr in Node). Sampled every {samples[0].Minute * 60:F0} s: " +
                      "the API's resident memory (VmRSS) and CPU (user+system, % of one core) since the previous sample, and what happened since.");
        md.AppendLine();
        md.AppendLine("| minute | RSS MB | CPU % | marks acknowledged | unexpected non-2xx | 409 (sheet under review) | boards pushed (all watchers) | reviews |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        var previous = new Sample(0, 0, 0, 0, 0, 0, 0, 0);
        foreach (var s in samples)
        {
            md.AppendLine($"| {s.Minute:F1} | {s.ResidentBytes / 1048576.0:F0} | {s.CpuPercent:F0} | {s.Marks - previous.Marks} | {s.Errors - previous.Errors} " +
                          $"| {s.Refused - previous.Refused} | {s.Boards - previous.Boards} | {s.Reviews - previous.Reviews} |");
            previous = s;
        }
        md.AppendLine();
        md.AppendLine($"- Marks acknowledged: {counters.Marks}; missing from mt_events: {lost}.");
        md.AppendLine($"- Unexpected answers: {counters.Errors}{(counters.Unexpected.IsEmpty ? "" : " (" + string.Join(", ", counters.Unexpected.Select(u => $"{(u.Key == 0 ? "no answer" : u.Key.ToString())} × {u.Value}")) + ")")}.");
        md.AppendLine($"- Watchers caught up with the log's head at the end: {(caughtUp ? "yes" : "no")}; connections closed during the run: {closed.Count}.");
        if (heldBack > 0) md.AppendLine($"- The sender held back {heldBack} times (512 marks unanswered): the API fell behind the asked rate.");
        md.AppendLine($"- Peak RSS (VmHWM): {peak / 1048576.0:F0} MB.");
        md.AppendLine();
        md.AppendLine(Verdict(samples));
        return md.ToString();
    }

    /// <summary>The first sample is taken after a minute (or a tenth of a short run) of warm-up; growth is judged from there to the last.</summary>
    static string Verdict(List<Sample> samples)
    {
        var (first, last) = (samples[0], samples[^1]);
        var growth = (last.ResidentBytes - first.ResidentBytes) / 1048576.0;
        var span = last.Minute - first.Minute;
        if (samples.Count < 2 || span <= 0) return $"Memory verdict: one sample only ({first.ResidentBytes / 1048576.0:F0} MB); run longer to judge growth.";
        var flat = growth <= Math.Max(16, 0.1 * first.ResidentBytes / 1048576.0);
        return $"Memory verdict: RSS {first.ResidentBytes / 1048576.0:F0} MB at minute {first.Minute:F1} → {last.ResidentBytes / 1048576.0:F0} MB at minute " +
               $"{last.Minute:F1} ({growth:+0;-0;0} MB, {growth / span:+0.0;-0.0;0.0} MB/min): " +
               (flat ? "flat (within 16 MB or 10%), no sign of a leak." : "growing beyond 16 MB and 10%; look for a leak.");
    }
}
