using Competition.TestSupport;
using Microsoft.Extensions.Hosting;

namespace Competition.Store.Tests;

public sealed class SchemaTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Nodes starting together each apply the schema (ApplyAllDatabaseChangesOnStartup, serialised by
    /// Marten's advisory lock): none may fail, and applying it again changes nothing.</summary>
    [Fact]
    public async Task Nodes_starting_at_once_all_apply_the_schema_and_applying_it_again_is_harmless()
    {
        var schema = TestStores.NewSchema();
        var nodes = Enumerable.Range(0, 4).Select(_ => TestHosts.Node(db.ConnectionString, schema, daemon: null)).ToList();
        await Task.WhenAll(nodes.Select(n => Task.Run(() => n.StartAsync())));

        await using var again = TestStores.Create(db.ConnectionString, schema);
        (await again.Storage.Database.CreateMigrationAsync()).Difference.ShouldBe(Weasel.Core.SchemaPatchDifference.None);
        (await TestStores.ScalarAsync(db.ConnectionString,
            $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name IN ('mt_events', 'mt_streams', 'mt_event_progression', 'mt_doc_leaderboardview')"))
            .ShouldBe(4);
        foreach (var node in nodes)
        {
            await node.StopAsync();
            node.Dispose();
        }
    }
}
