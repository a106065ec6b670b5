using Npgsql;

namespace Competition.EventStore.Schema;

/// <summary>
/// Applies the numbered scripts in Sql/ once each, recorded in mt_schema_version. The whole run holds a
/// transaction-scoped advisory lock, so concurrent starters queue instead of racing on CREATE.
/// </summary>
internal static class SchemaMigrator
{
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, string schema, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (cls, key) = AdvisoryLocks.Migration(schema);
        await Exec(conn, tx, $"SELECT pg_advisory_xact_lock({cls}, {key})", ct);
        await Exec(conn, tx, $"CREATE SCHEMA IF NOT EXISTS {schema}", ct);
        await Exec(conn, tx, $"CREATE TABLE IF NOT EXISTS {schema}.mt_schema_version (version int PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())", ct);

        var applied = new HashSet<int>();
        await using (var cmd = new NpgsqlCommand($"SELECT version FROM {schema}.mt_schema_version", conn, tx))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) applied.Add(reader.GetInt32(0));

        foreach (var (version, sql) in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            await Exec(conn, tx, sql.Replace("{schema}", schema), ct);
            await Exec(conn, tx, $"INSERT INTO {schema}.mt_schema_version (version) VALUES ({version})", ct);
        }
        await tx.CommitAsync(ct);
    }

    static IEnumerable<(int Version, string Sql)> Scripts()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Sql.") && n.EndsWith(".sql")).Order())
        {
            // "Sql.001_events.sql" (LogicalName in the csproj): the number before '_' is the version.
            var file = name["Sql.".Length..];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (int.Parse(file[..file.IndexOf('_')]), reader.ReadToEnd());
        }
    }

    static async Task Exec(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
