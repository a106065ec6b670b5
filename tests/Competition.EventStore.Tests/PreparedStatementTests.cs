using Competition.TestSupport;
using Npgsql;

namespace Competition.EventStore.Tests;

public sealed class PreparedStatementTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Stream_reads_repeated_on_the_store_pool_are_prepared_on_the_server()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var stream = Guid.NewGuid();
        await store.AppendAsync(stream, new Counted(stream, 1));
        for (var i = 0; i < 10; i++) await store.FetchStreamAsync(stream);

        // One read at a time: the pool hands back the same physical connection, which holds what was prepared.
        await using var conn = await store.DataSource.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%mt_events WHERE stream_id%'", conn);
        ((long)(await cmd.ExecuteScalarAsync())!).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void An_explicit_max_auto_prepare_in_the_connection_string_wins()
    {
        new NpgsqlConnectionStringBuilder(PostgresEventStore.WithPreparedStatements("Host=h;Max Auto Prepare=0")).MaxAutoPrepare.ShouldBe(0);
        new NpgsqlConnectionStringBuilder(PostgresEventStore.WithPreparedStatements("Host=h")).MaxAutoPrepare.ShouldBe(64);
    }
}
