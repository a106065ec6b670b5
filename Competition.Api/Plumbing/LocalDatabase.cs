using Npgsql;
using Competition.LocalPostgres;

namespace Competition.Api.Plumbing;

/// The connection string: from configuration, or else a private PostgreSQL cluster started from the
/// installed binaries in a git-ignored folder and stopped when the app stops.
public static class LocalDatabase
{
    public static async Task<string> ConnectionStringAsync(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Competition");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        var dataDir = builder.Configuration["Competition:DataDirectory"]
            ?? Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, "..", ".local", "pgdata"));
        Console.WriteLine($"No ConnectionStrings:Competition set; starting a local PostgreSQL cluster in {dataDir}");
        var cluster = await LocalPostgresCluster.StartAsync(dataDir);
        await cluster.CreateDatabaseAsync("competition");
        // Named after this process: a second ./run.sh on another port is a second node on the same cluster, and the
        // connections tell the nodes apart (which one holds the projections' advisory lock, who is still connected).
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.ConnectionStringFor("competition"))
        {
            ApplicationName = $"competition-{Environment.ProcessId}",
        }.ConnectionString;
        builder.Services.AddHostedService(_ => new ClusterStopper(cluster, connectionString));
        return connectionString;
    }

    /// The cluster stops with the last node that uses it: stopped under another node, that node would answer 503.
    sealed class ClusterStopper(LocalPostgresCluster cluster, string connectionString) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken ct)
        {
            // A node that stopped a moment ago may still hold connections while its process ends: look again briefly.
            var others = await OtherNodesAsync(ct);
            for (var i = 0; i < 10 && others > 0; i++)
            {
                await Task.Delay(200, CancellationToken.None);
                others = await OtherNodesAsync(ct);
            }
            if (others == 0) await cluster.DisposeAsync();
            else Console.WriteLine($"The local PostgreSQL cluster in {cluster.DataDirectory} stays up: {others} connection(s) of other nodes use it. " +
                                   "It stops with the last node; a later ./run.sh uses it as it is.");
        }

        async Task<long> OtherNodesAsync(CancellationToken ct)
        {
            try
            {
                await using var conn = new NpgsqlConnection(connectionString);
                await conn.OpenAsync(ct);
                await using var cmd = new NpgsqlCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'competition-%' AND application_name <> @mine", conn);
                cmd.Parameters.AddWithValue("mine", $"competition-{Environment.ProcessId}");
                return (long)(await cmd.ExecuteScalarAsync(ct))!;
            }
            catch (NpgsqlException)
            {
                return 0; // nobody can use a cluster this node cannot reach
            }
        }
    }
}
