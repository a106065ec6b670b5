using Competition.Projections.Store;
using Marten;
using Npgsql;

namespace Competition.Store.Tests;

/// <summary>Stores configured exactly as the engine's (<see cref="CompetitionStore.Configure"/>), each test on a schema of its own.</summary>
internal static class TestStores
{
    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N")[..12];

    public static DocumentStore Create(string connectionString, string? schema = null, Action<StoreOptions>? more = null) =>
        DocumentStore.For(opts =>
        {
            CompetitionStore.Configure(opts, connectionString, schema ?? NewSchema(), createSchema: true);
            more?.Invoke(opts);
        });

    /// <summary>A store whose tables and functions already exist, as after the API's start-up.</summary>
    public static async Task<DocumentStore> CreateAppliedAsync(string connectionString, string? schema = null, Action<StoreOptions>? more = null)
    {
        var store = Create(connectionString, schema, more);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }

    public static string Schema(this IDocumentStore store) => store.Options.DatabaseSchemaName;

    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    /// <summary>The last number the event sequence handed out (committed or not): a session that took none leaves it alone.</summary>
    public static Task<long> SequenceLastValueAsync(this IDocumentStore store, string connectionString) =>
        ScalarAsync(connectionString, $"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {store.Schema()}.mt_events_sequence");
}
