using System.Diagnostics;
using System.Net;
using System.Text;
using Competition.Bench.Http;
using Competition.TestSupport;

namespace Competition.Bench;

/// <summary>
/// Process start to first useful answer: the API (Release) started as a new process on a database that
/// already holds a contest, timed to the first 200 of /health (ApiProcess.StartupTime), then to the first
/// 200 of a real read (GET the contest) and of a real write (a judge's mark), each from process start.
/// </summary>
internal static class ColdStartBenchmark
{
    /// <summary>Milliseconds from process start; <paramref name="Cpu"/> is the process's CPU time by the first read (less sensitive to a busy machine).</summary>
    sealed record Start(double Health, double Read, double Write, double Cpu);

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv);
        var repeats = args.Integer("--repeats", 5);
        await using var api = await ApiUnderTest.StartAsync("coldstart");
        var firstStart = api.Api.StartupTime;
        var contest = await BenchContest.SetUpAsync(api.Http, judges: 2, entries: 4, criteria: 2);

        // A restart is timed as production runs it: the tables are there (the first start made them), so the engine applies
        // no DDL at start-up (Competition:CreateSchema false, as in Production by default). --create-schema-on-restart keeps
        // ApiProcess's throwaway-database setting, which compares and applies the whole schema on every start.
        var createSchema = args.Raw.Contains("--create-schema-on-restart");
        api.Api.Kill();
        var starts = new List<Start>();
        for (var r = 0; r < repeats; r++)
        {
            await using var restarted = await ApiProcess.StartAsync(api.Database.ConnectionString, ApiUnderTest.AdminKey,
                createSchema ? null : new Dictionary<string, string> { ["Competition__CreateSchema"] = "false" });
            var health = restarted.StartupTime;
            var since = Stopwatch.StartNew();
            using var http = ApiUnderTest.NewClient(restarted.BaseAddress);
            var read = await FirstOkAsync(() => http.GetAsync($"/api/contests/{contest.Id}"), health, since);
            var cpu = restarted.CpuTime().TotalMilliseconds;
            var judge = new JudgeAtWork(http, contest, contest.Judges[r % contest.Judges.Length]);
            var write = await FirstOkAsync(async () => new HttpResponseMessage((HttpStatusCode)(await judge.MarkAsync()).Status), health, since);
            starts.Add(new Start(health.TotalMilliseconds, read, write, cpu));
            Console.WriteLine($"start #{r + 1}: /health {health.TotalMilliseconds:F0} ms, first read {read:F0} ms, first mark {write:F0} ms, CPU by first read {cpu:F0} ms");
        }
        await ResultsFile.WriteAsync("coldstart", Report(starts, firstStart, createSchema));
        return 0;
    }

    /// <summary>Milliseconds from process start to the first 200 (retrying anything else for up to 10 s).</summary>
    static async Task<double> FirstOkAsync(Func<Task<HttpResponseMessage>> request, TimeSpan health, Stopwatch since)
    {
        while (since.Elapsed < TimeSpan.FromSeconds(10))
        {
            using var answer = await request();
            if (answer.StatusCode == HttpStatusCode.OK) return (health + since.Elapsed).TotalMilliseconds;
            await Task.Delay(10);
        }
        throw new TimeoutException("No 200 within 10 s of /health answering.");
    }

    static string Report(List<Start> starts, TimeSpan firstStart, bool createSchema)
    {
        var md = new StringBuilder();
        md.AppendLine("## Cold start: process start to first answer");
        md.AppendLine();
        md.AppendLine($"`coldstart` — `dotnet Competition.Api.dll` (Release) started {starts.Count} times on a database holding a contest " +
                      "(files in the OS page cache, as on a restart), each time from Process.Start to the first 200 of /health, then of " +
                      "GET /api/contests/{id} and of a judge's PUT mark, each on a new connection and timed from process start. " +
                      (createSchema
                          ? "Each start compares and applies the whole schema (Competition:CreateSchema true, `--create-schema-on-restart`). "
                          : "As in production, a restart applies no DDL (Competition:CreateSchema false: the tables are there). ") +
                      "min / median / max over starts.");
        md.AppendLine();
        md.AppendLine("| from process start to | min ms | median ms | max ms |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var (name, values) in new[] { ("/health 200", starts.Select(s => s.Health)), ("first GET contest 200", starts.Select(s => s.Read)),
                     ("first PUT mark 200", starts.Select(s => s.Write)), ("(API CPU time by the first read)", starts.Select(s => s.Cpu)) })
        {
            var spread = Spread.Of(values);
            md.AppendLine($"| {name} | {spread.Min:F0} | {spread.Median:F0} | {spread.Max:F0} |");
        }
        md.AppendLine();
        md.AppendLine($"The very first start, on an empty database (creating the event store and read-model tables), took {firstStart.TotalMilliseconds:F0} ms to /health.");
        var read = Spread.Of(starts.Select(s => s.Read));
        md.AppendLine();
        md.AppendLine($"Target: first real read < 2 s after process start. Measured median {read.Median:F0} ms, worst {read.Max:F0} ms: " +
                      $"{(read.Max < 2000 ? "met" : read.Median < 2000 ? "met on the median, not in every start" : "missed")}.");
        return md.ToString();
    }
}
