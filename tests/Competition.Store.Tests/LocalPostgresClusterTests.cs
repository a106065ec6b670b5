using System.Diagnostics;
using Competition.LocalPostgres;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Store.Tests;

public sealed class LocalPostgresClusterTests : IAsyncLifetime
{
    readonly string folder = Path.Combine(RepositoryRoot.Find(), ".local", $"launcher-test-{Guid.NewGuid():N}");
    static readonly LocalPostgresOptions Fast = new() { Durable = false };

    [Fact]
    public async Task Restart_reuses_the_port_and_data_and_a_killed_postmaster_does_not_block_start()
    {
        var cluster = await LocalPostgresCluster.StartAsync(folder, Fast);
        var port = cluster.Port;
        await cluster.CreateDatabaseAsync("kept");
        await cluster.CreateDatabaseAsync("kept");
        await cluster.DisposeAsync();

        cluster = await LocalPostgresCluster.StartAsync(folder, Fast);
        cluster.Port.ShouldBe(port);
        (await CountDatabasesAsync(cluster, "kept")).ShouldBe(1);

        // Kill -9 leaves postmaster.pid behind, as a crashed run would.
        var postmaster = int.Parse(File.ReadLines(Path.Combine(folder, "postmaster.pid")).First());
        Process.GetProcessById(postmaster).Kill();
        await Process.GetProcessById(postmaster).WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { });
        File.Exists(Path.Combine(folder, "postmaster.pid")).ShouldBeTrue();

        await using var restarted = await LocalPostgresCluster.StartAsync(folder, Fast);
        (await CountDatabasesAsync(restarted, "kept")).ShouldBe(1);
    }

    static async Task<long> CountDatabasesAsync(LocalPostgresCluster cluster, string name)
    {
        await using var conn = new NpgsqlConnection(cluster.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", conn) { Parameters = { new() { Value = name } } };
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}
