using System.Diagnostics;
using Competition.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace Competition.Faults.Tests;

/// Two API processes on one database, judges marking through both and a big screen on each. The node that runs the
/// projections (Marten's hot/cold daemon: an advisory lock) is killed with SIGKILL. Every mark a judge saw
/// acknowledged must be in the log, the other node must take the projections over, and its screen must go on
/// receiving boards in order. Boards reach every node's screens through PostgreSQL notifications sent on commit.
public sealed class FailoverTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    const string AdminKey = "failover-test-admin-key-0123456789";

    [Fact]
    public async Task Killing_the_node_that_runs_the_projections_loses_no_mark_and_the_other_node_takes_over_its_screens()
    {
        var nodes = new Dictionary<string, ApiProcess>();
        foreach (var name in new[] { "node-a", "node-b" })
            nodes[name] = await ApiProcess.StartAsync($"{database.ConnectionString};Application Name={name}", AdminKey);
        try
        {
            var http = nodes.ToDictionary(n => n.Key, n => new HttpClient { BaseAddress = n.Value.BaseAddress, Timeout = TimeSpan.FromSeconds(10) });
            var contest = await MarkingContest.SetUpAsync(http["node-a"], AdminKey, entries: 20, judges: 6, criteria: 3);
            var leader = await LeaderAsync(TimeSpan.FromSeconds(30));
            var survivor = leader == "node-a" ? "node-b" : "node-a";
            output.WriteLine($"{leader} runs the projections");

            await using var screen = NodeWatcher.Start(nodes[survivor].BaseAddress, contest.ContestId, contest.CategoryId, leaderboards: 100_000, timeoutSeconds: 120);
            await screen.NextAsync("watching");
            // Each node's judges their own: the log can then tell each acknowledged mark's value.
            var judges = new[]
            {
                new MarkingJudges(contest with { Judges = [.. contest.Judges.Take(3)] }, http[leader], seed: 5, submitShare: 0.002, pause: TimeSpan.FromMilliseconds(10)),
                new MarkingJudges(contest with { Judges = [.. contest.Judges.Skip(3)] }, http[survivor], seed: 6, submitShare: 0.002, pause: TimeSpan.FromMilliseconds(10)),
            };
            using var stop = new CancellationTokenSource();
            var marking = Task.WhenAll(judges.Select(j => j.RunAsync(stop.Token)));

            var boardsBefore = await BoardsAsync(screen, TimeSpan.FromSeconds(2));
            boardsBefore.Count.ShouldBeGreaterThan(1, "the survivor's screen received boards the leader projected");
            nodes[leader].Kill();
            var killed = Stopwatch.StartNew();
            var headAtKill = await ReadModels.HeadAsync(database.ConnectionString);

            // The first board past the log's head at the kill was projected by the survivor.
            var boardsAfter = new List<(long Sequence, TimeSpan At)>();
            while (boardsAfter.LastOrDefault().Sequence <= headAtKill && killed.Elapsed < TimeSpan.FromSeconds(60))
            {
                var pushed = await screen.NextAsync("leaderboard", TimeSpan.FromSeconds(60));
                boardsAfter.Add(((long)pushed.Data!["sequence"]!, killed.Elapsed));
            }
            var takeover = boardsAfter.First(b => b.Sequence > headAtKill).At;
            boardsAfter.AddRange((await BoardsAsync(screen, TimeSpan.FromSeconds(2))).Select(s => (s, killed.Elapsed)));
            await stop.CancelAsync();
            await marking;

            output.WriteLine($"killed {leader}; the survivor's screen had the first board projected after the kill {takeover.TotalMilliseconds:0} ms later " +
                             $"({boardsBefore.Count} boards before the kill, {boardsAfter.Count} after; last sequence {boardsAfter[^1].Sequence})");
            (await LeaderAsync(TimeSpan.FromSeconds(5))).ShouldBe(survivor);
            takeover.ShouldBeLessThan(TimeSpan.FromSeconds(30), "target 10 s; the bound is generous for a loaded machine");
            var sequences = boardsBefore.Concat(boardsAfter.Select(b => b.Sequence)).ToList();
            sequences.ShouldBe(sequences.Order().ToList(), "boards reach the screen in order");
            sequences.Distinct().Count().ShouldBe(sequences.Count, "no board is sent twice");

            var attempts = judges.SelectMany(j => j.Attempts).ToList();
            var log = await SheetLog.ReadAsync(database.ConnectionString);
            output.WriteLine($"{attempts.Count} attempts, {attempts.Count(a => a.Acknowledged)} acknowledged ({judges[1].Attempts.Count(a => a.Acknowledged)} through the survivor), " +
                             $"{attempts.Count(a => a.Status is null)} unanswered");
            judges[1].Attempts.Count(a => a.Acknowledged && a.AnsweredAt > DateTime.UtcNow - killed.Elapsed).ShouldBeGreaterThan(0, "marking went on through the survivor");
            log.Missing(attempts, contest.StageId).ShouldBeEmpty();
            log.FinalValuesWrong(attempts, contest.StageId).ShouldBeEmpty();

            await ReadModels.CaughtUpAsync(database.ConnectionString, TimeSpan.FromSeconds(30));
            var board = await http[survivor].GetStringAsync(contest.LeaderboardUrl);
            var last = await BoardsAsync(screen, TimeSpan.FromSeconds(1));
            System.Text.Json.Nodes.JsonNode.Parse(board)!["sequence"]!.GetValue<long>()
                .ShouldBe(last.Count > 0 ? last[^1] : sequences[^1], "the screen ends on the board the survivor serves");
        }
        finally
        {
            foreach (var node in nodes.Values) await node.DisposeAsync();
        }
    }

    /// The boards' sequences the screen receives over the given time.
    static async Task<List<long>> BoardsAsync(NodeWatcher screen, TimeSpan during)
    {
        var sequences = new List<long>();
        var until = Stopwatch.StartNew();
        while (until.Elapsed < during)
        {
            try { sequences.Add((long)(await screen.NextAsync("leaderboard", during - until.Elapsed)).Data!["sequence"]!); }
            catch (TimeoutException) { break; }
        }
        return sequences;
    }

    /// The node holding the daemon's advisory lock, by the application name of the connection that holds it.
    async Task<string> LeaderAsync(TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        while (true)
        {
            await using var cmd = new NpgsqlCommand(
                """
                SELECT a.application_name, l.classid, l.objid, l.objsubid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND a.datname = current_database() AND a.application_name LIKE 'node-%'
                """, conn);
            var locks = new List<(string Node, string Lock)>();
            await using (var reader = await cmd.ExecuteReaderAsync())
                while (await reader.ReadAsync()) locks.Add((reader.GetString(0), $"{reader.GetValue(1)}/{reader.GetValue(2)}/{reader.GetValue(3)}"));
            output.WriteLine("advisory locks: " + string.Join(", ", locks.Select(l => $"{l.Node} {l.Lock}")));
            var holders = locks.Select(l => l.Node).Distinct().ToList();
            if (holders.Count == 1) return holders[0];
            holders.Count.ShouldBeLessThan(2, $"one node holds the daemon's lock, not {string.Join(" and ", holders)}");
            if (clock.Elapsed > patience) throw new TimeoutException("No node holds the daemon's advisory lock");
            await Task.Delay(100);
        }
    }
}
