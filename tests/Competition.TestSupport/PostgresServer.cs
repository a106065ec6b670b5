using System.Diagnostics;
using Competition.LocalPostgres;
using Npgsql;

namespace Competition.TestSupport;

/// <summary>
/// The PostgreSQL server for this test process: ConnectionStrings__Competition when set, otherwise a
/// throwaway local cluster in &lt;repo&gt;/.local/test-pg-&lt;pid&gt; (one per process, so test assemblies
/// running side by side never share a data folder), stopped and deleted when the process exits.
/// </summary>
public sealed class PostgresServer
{
    static readonly Lazy<Task<PostgresServer>> Instance = new(StartAsync);
    readonly NpgsqlConnectionStringBuilder admin;

    PostgresServer(string adminConnectionString) => admin = new NpgsqlConnectionStringBuilder(adminConnectionString);

    public static Task<PostgresServer> GetAsync() => Instance.Value;

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    static async Task<PostgresServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("ConnectionStrings__Competition") is { Length: > 0 } external)
            return new PostgresServer(new NpgsqlConnectionStringBuilder(external) { Database = "postgres" }.ConnectionString);

        var root = Path.Combine(RepositoryRoot.Find(), ".local");
        RemoveAbandonedClusters(root);
        var folder = Path.Combine(root, $"test-pg-{Environment.ProcessId}");
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(folder, "data"), new LocalPostgresOptions { Durable = false });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopDetached(deleteFolder: folder);
        return new PostgresServer(cluster.ConnectionString);
    }

    /// <summary>Folders of test processes that were killed before they could clean up.</summary>
    static void RemoveAbandonedClusters(string root)
    {
        if (!Directory.Exists(root)) return;
        foreach (var dir in Directory.GetDirectories(root, "test-pg-*"))
        {
            if (!int.TryParse(Path.GetFileName(dir)["test-pg-".Length..], out var pid) || IsAlive(pid)) continue;
            var pidFile = Path.Combine(dir, "data", "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var postmaster) && IsAlive(postmaster))
                try { Process.GetProcessById(postmaster).Kill(); } catch (Exception e) when (e is ArgumentException or InvalidOperationException) { }
            TryDelete(dir);
        }
    }

    static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}");

    static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
