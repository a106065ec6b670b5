using Competition.TestSupport;

namespace Competition.EventStore.Tests;

public sealed class SchemaTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Concurrent_starters_apply_the_schema_once_and_again_is_harmless()
    {
        var schema = TestStores.NewSchema();
        var stores = Enumerable.Range(0, 4).Select(_ => TestStores.Create(db.ConnectionString, schema: schema)).ToList();
        await Task.WhenAll(stores.Select(s => s.EnsureSchemaAsync()));
        await using var again = TestStores.Create(db.ConnectionString, schema: schema);
        await again.EnsureSchemaAsync();

        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {schema}.mt_schema_version")).ShouldBe(TestStores.SchemaScripts);
        (await TestStores.ScalarAsync(db.ConnectionString,
            $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name IN ('mt_events', 'mt_streams', 'mt_event_progression')")).ShouldBe(3);
        foreach (var store in stores) await store.DisposeAsync();
    }
}
