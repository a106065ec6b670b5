using Competition.Domain.Sheets;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Competition.TestSupport;
using JasperFx.Events.Daemon;
using Marten;

namespace Competition.Store.Tests;

/// <summary>
/// The board projection keeps parsed category documents between pages and mutates them while applying a page. A page
/// whose commit fails (here a trigger refuses the category document's write, once) pauses the board; Marten's
/// coordinator restarts it, and the page must then be applied to the stored documents, not to a half-applied copy.
/// </summary>
public sealed class FailedPageTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_page_whose_commit_failed_is_applied_again_to_the_stored_boards_not_to_a_half_applied_copy()
    {
        var schema = TestStores.NewSchema();
        using var node = TestHosts.Node(db.ConnectionString, schema);
        await node.StartAsync();
        var store = node.Store();
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var first = new List<MarkAwarded>();
        for (var i = 0; i < 5; i++)
        {
            first.Add(category.NewMark(i));
            await category.WriteMarkAsync(store, first[^1]);
        }
        await store.WaitForBoardAtHeadAsync(Patience);

        await TestStores.ScalarAsync(db.ConnectionString, $"""
            CREATE SEQUENCE {schema}.test_fail_once;
            CREATE FUNCTION {schema}.test_fail_once() RETURNS trigger AS $$
            BEGIN
                IF nextval('{schema}.test_fail_once') = 1 THEN RAISE EXCEPTION 'the disk is full, once'; END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER test_fail_once BEFORE INSERT OR UPDATE ON {schema}.mt_doc_categorydoc FOR EACH ROW EXECUTE FUNCTION {schema}.test_fail_once();
            SELECT 1
            """);
        var paused = node.Daemon().Tracker.WaitForShardCondition(
            state => state.ShardName == LeaderboardProjection.ShardName && state.Action is ShardAction.Paused,
            "the failed page", Patience);
        // One session, one page: new sheets and corrections of the first ones.
        await using (var session = store.LightweightSession())
        {
            for (var i = 0; i < 5; i++)
            {
                var mark = category.NewMark(10 + i);
                session.Queue(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);
                session.Queue(first[i].SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(first[i], 20 + i));
            }
            await session.SaveChangesAsync();
        }
        var state = await paused;
        var resumed = await store.WaitForBoardAtHeadAsync(Patience);
        output.WriteLine($"The board paused on {state.Exception?.GetType().Name} and was back at the head {resumed.TotalMilliseconds:F0} ms later.");

        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT last_value FROM {schema}.test_fail_once")).ShouldBeGreaterThan(1, "the page was written again");
        await category.EveryCommittedMarkIsOnTheBoardAsync(store);
        var live = await BoardDocuments.DumpAsync(store, db.ConnectionString);
        await node.Daemon().RebuildProjectionAsync(LeaderboardProjection.ProjectionName, Patience, CancellationToken.None);
        await store.WaitForBoardAtHeadAsync(Patience);
        BoardDocuments.ShouldBeEqual(await BoardDocuments.DumpAsync(store, db.ConnectionString), live);
        await node.StopAsync();
    }
}
