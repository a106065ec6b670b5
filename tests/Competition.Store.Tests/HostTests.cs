using Competition.Domain.Sheets;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Competition.TestSupport;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.Hosting;

namespace Competition.Store.Tests;

/// <summary>The store as a host registers it (AddMarten, the async daemon, the schema applied at start-up).</summary>
public sealed class HostTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_host_applies_the_whole_schema_at_start_and_its_daemon_runs_the_board()
    {
        var schema = TestStores.NewSchema();
        using var host = TestHosts.Node(db.ConnectionString, schema, DaemonMode.Solo);
        await host.StartAsync();

        // Our assertion function is part of the schema from the start, not created on first use.
        (await TestStores.ScalarAsync(db.ConnectionString,
            $"SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = '{schema}' AND p.proname = 'competition_assert_stream_versions'"))
            .ShouldBe(1);
        var store = host.Store();
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var mark = category.NewMark(42);
        await using (var session = store.LightweightSession())
        {
            session.AssertStreamVersion(category.ContestId, category.SetUp.Length);
            session.Queue(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);
            await session.SaveChangesAsync();
        }

        await host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(15));
        (await category.BoardTotalsAsync(store))[mark.EntryId].ShouldBe(42m);
        await host.StopAsync();
    }
}
