using System.Diagnostics;
using System.Net;
using System.Text;
using Competition.Bench.Http;
using Competition.TestSupport;

namespace Competition.Bench;

/// <summary>
/// Process start to first useful answer: the API started as a new process on a database that already holds a
/// contest, timed to the first 200 of /health (ApiProcess.StartupTime), then to the first 200 of a real read (GET
/// the contest) and of a real write (a judge's mark), each from process start. <c>--published DLL</c> (bench/run.sh
/// passes scripts/publish.sh's output, as production runs it) is started alternately with the plain Release build.
/// </summary>
internal static class ColdStartBenchmark
{
    /// <summary>Milliseconds from process start; <paramref name="Cpu"/> is the process's CPU time by the first read (less sensitive to a busy machine).</summary>
    sealed record Start(double Health, double Read, double Write, double Cpu);

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv);
        var repeats = args.Integer("--repeats", 5);
        var published = Array.IndexOf(argv, "--published") is var at and >= 0 && at + 1 < argv.Length ? argv[at + 1] : null;
        List<(string Name, string? Assembly)> builds = published is null
            ? [("Release build", null)]
            : [("published (`scripts/publish.sh`)", published), ("Release build", null)];
        await using var api = await ApiUnderTest.StartAsync("coldstart");
        var firstStart = api.Api.StartupTime;
        var contest = await BenchContest.SetUpAsync(api.Http, judges: 2, entries: 4, criteria: 2);

        // A restart is timed as production runs it: the tables are there (the first start made them), so the engine applies
        // no DDL at start-up (Competition:CreateSchema false, as in Production by default). --create-schema-on-restart keeps
        // ApiProcess's throwaway-database setting, which compares and applies the whole schema on every start.
        var createSchema = args.Raw.Contains("--create-schema-on-restart");
        api.Api.Kill();
        var starts = builds.ToDictionary(b => b.Name, _ => new List<Start>());
        for (var r = 0; r < repeats; r++)
            foreach (var (name, assembly) in builds)
            {
                await using var restarted = await ApiProcess.StartAsync(api.Database.ConnectionString, ApiUnderTest.AdminKey,
                    createSchema ? null : new Dictionary<string, string> { ["Competition__CreateSchema"] = "false" }, assembly: assembly);
                var health = restarted.StartupTime;
                var since = Stopwatch.StartNew();
                using var http = ApiUnderTest.NewClient(restarted.BaseAddress);
                var read = await FirstOkAsync(() => http.GetAsync($"/api/contests/{contest.Id}"), health, since);
                var cpu = restarted.CpuTime().TotalMilliseconds;
                var judge = new JudgeAtWork(http, contest, contest.Judges[r % contest.Judges.Length]);
                var write = await FirstOkAsync(async () => new HttpResponseMessage((HttpStatusCode)(await judge.MarkAsync()).Status), health, since);
                starts[name].Add(new Start(health.TotalMilliseconds, read, write, cpu));
                Console.WriteLine($"{name} start #{r + 1}: /health {health.TotalMilliseconds:F0} ms, first read {read:F0} ms, first mark {write:F0} ms, CPU by first read {cpu:F0} ms");
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

    static string Report(Dictionary<string, List<Start>> builds, TimeSpan firstStart, bool createSchema)
    {
        var md = new StringBuilder();
        md.AppendLine("## Cold start: process start to first answer");
        md.AppendLine();
        var count = builds.Values.First().Count;
        md.AppendLine($"`coldstart` — `dotnet Competition.Api.dll` started {count} times{(builds.Count > 1 ? " per build, the builds alternating," : "")} on a database holding a contest " +
                      "(files in the OS page cache, as on a restart), each time from Process.Start to the first 200 of /health, then of " +
                      "GET /api/contests/{id} and of a judge's PUT mark, each on a new connection and timed from process start. " +
                      (createSchema
                          ? "Each start compares and applies the whole schema (Competition:CreateSchema true, `--create-schema-on-restart`). "
                          : "As in production, a restart applies no DDL (Competition:CreateSchema false: the tables are there). ") +
                      "The published build is compiled ahead of time (ReadyToRun); the Release build (`bin/Release`, what the tests run) " +
                      "is compiled by the JIT as it starts. min / median / max over starts.");
        md.AppendLine();
        md.AppendLine("| build | from process start to | min ms | median ms | max ms |");
        md.AppendLine("|---|---|---:|---:|---:|");
        foreach (var (build, starts) in builds)
            foreach (var (name, values) in new[] { ("/health 200", starts.Select(s => s.Health)), ("first GET contest 200", starts.Select(s => s.Read)),
                         ("first PUT mark 200", starts.Select(s => s.Write)), ("(API CPU time by the first read)", starts.Select(s => s.Cpu)) })
            {
                var spread = Spread.Of(values);
                md.AppendLine($"| {build} | {name} | {spread.Min:F0} | {spread.Median:F0} | {spread.Max:F0} |");
            }
        md.AppendLine();
        md.AppendLine($"The very first start (Release build), on an empty database (creating the event store and read-model tables), took {firstStart.TotalMilliseconds:F0} ms to /health.");
        var (target, first) = builds.First();
        var read = Spread.Of(first.Select(s => s.Read));
        md.AppendLine();
        md.AppendLine($"Target: first real read < 2 s after process start, for the {target}. Measured median {read.Median:F0} ms, worst {read.Max:F0} ms: " +
                      $"{(read.Max < 2000 ? "met" : read.Median < 2000 ? "met on the median, not in every start" : "missed")}.");
        return md.ToString();
    }
}
