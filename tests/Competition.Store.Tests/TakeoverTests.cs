using Competition.Projections.Leaderboards;
using Competition.TestSupport;

namespace Competition.Store.Tests;

/// <summary>
/// The board moves between nodes (HotCold failover, a restart): each node's projection keeps parsed copies of the
/// category documents between pages, and must never apply a page to a copy another node has since moved past.
/// </summary>
public sealed class TakeoverTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_node_taking_the_board_back_after_another_ran_it_never_uses_its_stale_copy()
    {
        var schema = TestStores.NewSchema();
        await using var nodeA = await TestStores.CreateAppliedAsync(db.ConnectionString, schema);
        await using var nodeB = TestStores.Create(db.ConnectionString, schema);
        var script = new ContestScript(nodeA);
        var final = new NationalFinal(script);

        await using (var onA = await RunningDaemon.StartAsync(nodeA))
        {
            await final.SetUpAsync();
            await final.MarkAsync(1);
            await onA.WaitForHeadAsync(Patience);
        }
        await using (var onB = await RunningDaemon.StartAsync(nodeB))
        {
            script.Store = nodeB;
            await final.MarkAsync(2); // every mark corrected while node A is not running the board
            await onB.WaitForHeadAsync(Patience);
        }
        await using var back = await RunningDaemon.StartAsync(nodeA);
        script.Store = nodeA;
        await final.FinishElectricianAsync();
        await back.WaitForHeadAsync(Patience);

        var live = await BoardDocuments.DumpAsync(nodeA, db.ConnectionString);
        BoardDocuments.ShouldBeAFinishedContest(live);
        await back.Daemon.RebuildProjectionAsync(LeaderboardProjection.ProjectionName, Patience, CancellationToken.None);
        await back.WaitForHeadAsync(Patience);
        BoardDocuments.ShouldBeEqual(await BoardDocuments.DumpAsync(nodeA, db.ConnectionString), live);
    }
}
