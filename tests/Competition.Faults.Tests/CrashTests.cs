using System.Text.Json.Nodes;
using Competition.TestSupport;
using Xunit.Abstractions;

namespace Competition.Faults.Tests;

/// The API process is killed with SIGKILL at random moments while judges mark, and started again.
/// Nothing a judge saw acknowledged may be missing, the boards' documents the restarted API's daemon built
/// from its progress must equal the ones Marten's daemon rebuilds from sequence 0, and the inline views
/// (written with their events, never rebuilt) must come through the kills as they went in.
public sealed class CrashTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    const string AdminKey = "crash-test-admin-key-0123456789";

    [Fact]
    public async Task Acknowledged_marks_survive_kill_9_and_the_read_models_equal_a_rebuild()
    {
        const int rounds = 4, seed = 20261121;
        var random = new Random(seed);
        await using var api = await ApiProcess.StartAsync(database.ConnectionString, AdminKey);
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = api.BaseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };
        var contest = await MarkingContest.SetUpAsync(http, AdminKey, entries: 20, judges: 6, criteria: 4);
        // Marks write none of the inline views: they must come out of the kills exactly as set up.
        var inlineBeforeKills = await ReadModels.DumpInlineAsync(database.ConnectionString);
        var judges = new MarkingJudges(contest, http, seed);
        using var stop = new CancellationTokenSource();
        var marking = judges.RunAsync(stop.Token);

        for (var round = 1; round <= rounds; round++)
        {
            var before = judges.Attempts.Count(a => a.Acknowledged);
            // The kill must cut live marking: a restarted API on a busy machine can take a while to answer its first mark.
            for (var waited = 0; judges.Attempts.Count(a => a.Acknowledged) == before && waited < 30_000; waited += 50) await Task.Delay(50);
            await Task.Delay(random.Next(300, 1500));
            api.Kill();
            var acknowledgedAtKill = judges.Attempts.Count(a => a.Acknowledged);
            await Task.Delay(random.Next(0, 300));
            await api.RestartAsync();
            output.WriteLine($"round {round}: {acknowledgedAtKill - before} acknowledged before the kill, restarted in {api.StartupTime.TotalMilliseconds:0} ms");
            (acknowledgedAtKill - before).ShouldBeGreaterThan(0, $"the judges were marking when kill {round} came");
        }
        await Task.Delay(500);
        await stop.CancelAsync();
        await marking;

        var acknowledged = judges.Attempts.Count(a => a.Acknowledged);
        var unanswered = judges.Attempts.Count(a => a.Status is null);
        var log = await SheetLog.ReadAsync(database.ConnectionString);
        output.WriteLine($"{judges.Attempts.Count} attempts, {acknowledged} acknowledged, {unanswered} unanswered (server killed or down), {log.MarkEvents} mark events in the log");
        unanswered.ShouldBeGreaterThan(0, "some requests were in flight when the process was killed");

        log.Missing(judges.Attempts, contest.StageId).ShouldBeEmpty();
        log.FinalValuesWrong(judges.Attempts, contest.StageId).ShouldBeEmpty();

        await ReadModels.CaughtUpAsync(database.ConnectionString, TimeSpan.FromSeconds(30));
        var boardAfterCrashes = await http.GetStringAsync(contest.LeaderboardUrl);
        (await ReadModels.DumpInlineAsync(database.ConnectionString)).ShouldBe(inlineBeforeKills);
        var readModelsAfterCrashes = await ReadModels.DumpDaemonAsync(database.ConnectionString);
        api.Kill();

        await ReadModels.RebuildAsync(database.ConnectionString);
        (await ReadModels.DumpDaemonAsync(database.ConnectionString)).ShouldBe(readModelsAfterCrashes);

        await api.RestartAsync();
        var rebuiltBoard = await http.GetStringAsync(contest.LeaderboardUrl);
        rebuiltBoard.ShouldBe(boardAfterCrashes);
        var rows = JsonNode.Parse(rebuiltBoard)!["rows"]!.AsArray();
        rows.Count.ShouldBe(contest.Entries.Count);
        rows.ShouldContain(r => (decimal)r!["total"]! > 0, "the board reflects the marks");
    }
}
