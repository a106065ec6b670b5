using Competition.EventStore.LocalPostgres;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Bench;

/// <summary>The local cluster in .local/bench-pg (durable settings, as production would run) and a fresh database per run.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    readonly LocalPostgresCluster cluster;
    readonly string name;

    BenchDatabase(LocalPostgresCluster cluster, string name)
    {
        this.cluster = cluster;
        this.name = name;
    }

    public string ConnectionString => cluster.ConnectionStringFor(name);

    public static async Task<BenchDatabase> StartAsync(string label)
    {
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(RepositoryRoot.Find(), ".local", "bench-pg"));
        var name = $"bench_{label}_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await cluster.CreateDatabaseAsync(name);
        return new BenchDatabase(cluster, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var conn = new NpgsqlConnection(cluster.ConnectionString))
        {
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }
        await cluster.DisposeAsync();
    }
}
