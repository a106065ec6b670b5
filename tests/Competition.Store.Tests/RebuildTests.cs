using Competition.Projections.Leaderboards;
using Competition.TestSupport;

namespace Competition.Store.Tests;

/// <summary>The boards are a pure function of the log: rebuilt from sequence 0 in the daemon's own pages they equal
/// what the daemon built live, page by page, while the contest was written.</summary>
public sealed class RebuildTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_rebuild_from_sequence_0_equals_the_boards_built_live()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        await using var daemon = await RunningDaemon.StartAsync(store);
        var final = new NationalFinal(new ContestScript(store));
        await final.SetUpAsync();
        await final.MarkAsync(1);
        await final.MarkAsync(2);
        await final.FinishElectricianAsync();
        await daemon.WaitForHeadAsync(Patience);

        var live = await BoardDocuments.DumpAsync(store, db.ConnectionString);
        output.WriteLine(BoardDocuments.Describe(live));
        BoardDocuments.ShouldBeAFinishedContest(live);

        var rebuildStarted = await BoardDocuments.ServerTimeAsync(db.ConnectionString);
        await daemon.Daemon.RebuildProjectionAsync(LeaderboardProjection.ProjectionName, Patience, CancellationToken.None);
        await daemon.WaitForHeadAsync(Patience);
        var rebuilt = await BoardDocuments.DumpAsync(store, db.ConnectionString);
        BoardDocuments.ShouldBeEqual(rebuilt, live);
        (await BoardDocuments.WrittenBeforeAsync(store, db.ConnectionString, rebuildStarted)).ShouldBe(0, "every document was written again by the rebuild");
    }

    [Fact]
    public async Task A_rebuild_from_sequence_0_equals_the_round_boards_and_season_standings_built_live()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        await using var daemon = await RunningDaemon.StartAsync(store);
        var season = new LabourSeason(new ContestScript(store));
        await season.RunAsync();
        await daemon.WaitForHeadAsync(Patience);

        var live = await BoardDocuments.DumpAsync(store, db.ConnectionString);
        live["mt_doc_roundboardview"].Count.ShouldBe(3);
        live["mt_doc_roundboardview"].Count(r => r.Data.Contains("\"redFlag\": true")).ShouldBe(2, "the flag went to a unit in each published round");
        live["mt_doc_seasonstandingsview"].ShouldHaveSingleItem().Data.ShouldContain("\"vetoed\": true");

        await daemon.Daemon.RebuildProjectionAsync(LeaderboardProjection.ProjectionName, Patience, CancellationToken.None);
        await daemon.WaitForHeadAsync(Patience);
        BoardDocuments.ShouldBeEqual(await BoardDocuments.DumpAsync(store, db.ConnectionString), live);
    }
}
