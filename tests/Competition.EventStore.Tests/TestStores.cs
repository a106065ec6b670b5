using Npgsql;

namespace Competition.EventStore.Tests;

/// <summary>Each test gets its own schema, so tests in one database never see each other's log.</summary>
internal static class TestStores
{
    /// <summary>The numbered schema scripts the store carries: each is applied once.</summary>
    public static long SchemaScripts { get; } = typeof(PostgresEventStore).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("Sql."));

    public static PostgresEventStore Create(string connectionString, Action<EventStoreOptions>? configure = null, string? schema = null)
    {
        var options = new EventStoreOptions
        {
            ConnectionString = connectionString,
            Schema = schema ?? NewSchema(),
            ProjectionPollInterval = TimeSpan.FromMilliseconds(200),
        };
        options.Events.Register<Noted>("test.noted").Register<Counted>("test.counted");
        configure?.Invoke(options);
        return new PostgresEventStore(options);
    }

    public static string NewSchema() => "t_" + Guid.NewGuid().ToString("N")[..12];

    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    public static Task<AppendResult> AppendAsync(this PostgresEventStore store, Guid stream, params object[] events)
    {
        var session = store.OpenSession();
        session.Events.Append(stream, events);
        return session.SaveChangesAsync();
    }
}
