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
        builder.Services.AddHostedService(_ => new ClusterStopper(cluster));
        return cluster.ConnectionStringFor("competition");
    }

    sealed class ClusterStopper(LocalPostgresCluster cluster) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
        public async Task StopAsync(CancellationToken ct) => await cluster.DisposeAsync();
    }
}
