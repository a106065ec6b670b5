using System.Text.Json.Nodes;
using Competition.LocalPostgres;
using Competition.TestSupport;
using Xunit.Abstractions;

namespace Competition.Faults.Tests;

/// PostgreSQL is stopped and started again under the running API while judges mark and a big screen
/// watches. The API must answer 503 with Retry-After during the outage, promptly, and recover by
/// itself: writes, the projection daemon and the SignalR pushes.
public sealed class OutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    const string AdminKey = "outage-test-admin-key-0123456789";
    readonly string folder = Path.Combine(RepositoryRoot.Find(), ".local", $"outage-pg-{Environment.ProcessId}");
    LocalPostgresCluster? cluster;

    string ConnectionString => cluster!.ConnectionStringFor("outage");

    public async Task InitializeAsync()
    {
        cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "data"), new LocalPostgresOptions { Durable = false });
        await cluster.CreateDatabaseAsync("outage");
    }

    [Fact]
    public async Task Writes_answer_503_during_a_database_outage_and_everything_recovers_without_a_restart()
    {
        await using var api = await ApiProcess.StartAsync(ConnectionString, AdminKey);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var contest = await MarkingContest.SetUpAsync(http, AdminKey, entries: 20, judges: 4, criteria: 3);
        var inlineBeforeOutage = await ReadModels.DumpInlineAsync(ConnectionString);
        await using var screen = NodeWatcher.Start(api.BaseAddress, contest.ContestId, contest.CategoryId, leaderboards: 100_000, timeoutSeconds: 120);
        await screen.NextAsync("watching");

        var judges = new MarkingJudges(contest, http, seed: 11, submitShare: 0.002, pause: TimeSpan.FromMilliseconds(5));
        using var stop = new CancellationTokenSource();
        var marking = judges.RunAsync(stop.Token);
        await Task.Delay(1500);

        var outageStarted = DateTime.UtcNow;
        await cluster!.DisposeAsync();
        await Task.Delay(4000);
        cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "data"), new LocalPostgresOptions { Durable = false });
        var outageEnded = DateTime.UtcNow;
        await Task.Delay(4000);
        await stop.CancelAsync();
        await marking;

        var attempts = judges.Attempts.ToList();
        var during = attempts.Where(a => a.AnsweredAt > outageStarted && a.AnsweredAt < outageEnded).ToList();
        var after = attempts.Where(a => a.AnsweredAt > outageEnded.AddSeconds(2)).ToList();
        output.WriteLine($"{attempts.Count} attempts: {attempts.Count(a => a.Acknowledged)} acknowledged, {attempts.Count(a => a.Status == 503)} answered 503, " +
                         $"{attempts.Count(a => a.Status is null)} unanswered; slowest answer {attempts.Max(a => a.Elapsed).TotalMilliseconds:0} ms; " +
                         $"during the outage {during.Count}, after it {after.Count(a => a.Acknowledged)} acknowledged; answers by status: " +
                         string.Join(", ", attempts.GroupBy(a => a.Status?.ToString() ?? "none").OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}")));

        attempts.ShouldNotContain(a => a.Status >= 500 && a.Status != 503, $"no 500 for an outage; the API logged {ServerErrors(api.Output)}");
        attempts.ShouldNotContain(a => a.Status == null, "the API process stayed up and answered everything");
        attempts.Max(a => a.Elapsed).ShouldBeLessThan(TimeSpan.FromSeconds(5), "no request hangs through the outage");
        during.Count(a => a.Status == 503).ShouldBeGreaterThan(0);
        foreach (var refused in attempts.Where(a => a.Status == 503))
        {
            refused.ContentType.ShouldBe("application/problem+json");
            refused.RetryAfter.ShouldNotBeNullOrEmpty();
        }
        after.Count(a => a.Acknowledged).ShouldBeGreaterThan(10, "writes recovered without a restart");

        var log = await SheetLog.ReadAsync(ConnectionString);
        log.Missing(attempts, contest.StageId).ShouldBeEmpty();
        log.FinalValuesWrong(attempts, contest.StageId).ShouldBeEmpty();

        // The daemon caught up by itself, and the screen was pushed the board that includes the last mark.
        await ReadModels.CaughtUpAsync(ConnectionString, TimeSpan.FromSeconds(30));
        var board = JsonNode.Parse(await http.GetStringAsync(contest.LeaderboardUrl))!;
        var finalSequence = (long)board["sequence"]!;
        while (true)
        {
            var pushed = await screen.NextAsync("leaderboard", TimeSpan.FromSeconds(15));
            if ((long)pushed.Data!["sequence"]! >= finalSequence) break;
        }

        // The inline views were written with their events before the outage; marks write none of them.
        (await ReadModels.DumpInlineAsync(ConnectionString)).ShouldBe(inlineBeforeOutage);
        var readModels = await ReadModels.DumpDaemonAsync(ConnectionString);
        api.Kill();
        await ReadModels.RebuildAsync(ConnectionString);
        (await ReadModels.DumpDaemonAsync(ConnectionString)).ShouldBe(readModels);
    }

    /// The request failures the API logged, by exception chain (outermost first), for the assertion message.
    static string ServerErrors(string log)
    {
        var lines = log.Split('\n').Select(l => l.Trim()).ToList();
        var chains = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Contains("ProblemExceptionHandler", StringComparison.Ordinal) || i + 2 >= lines.Count) continue;
            var chain = new List<string> { TypeOf(lines[i + 2]) };
            for (var j = i + 3; j < lines.Count && !lines[j].StartsWith("at ", StringComparison.Ordinal); j++)
                if (lines[j].StartsWith("--->", StringComparison.Ordinal)) chain.Add(TypeOf(lines[j][4..].Trim()));
            chains.Add(string.Join(" → ", chain));
        }
        return chains.Count == 0 ? "no request failure" : string.Join("; ", chains.GroupBy(c => c).Select(g => $"{g.Count()} × {g.Key}"));
    }

    static string TypeOf(string exceptionLine) =>
        exceptionLine.Split(':', 2) is [var type, var message] ? $"{type.Split(' ')[0]}: {message.Trim()[..Math.Min(60, message.Trim().Length)]}" : exceptionLine;

    public async Task DisposeAsync()
    {
        if (cluster is not null) await cluster.DisposeAsync();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
