using Competition.LocalPostgres;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Bench;

/// <summary>The local cluster in .local/bench-pg (durable settings, as production would run) and a fresh database per run.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    readonly LocalPostgresCluster cluster;
    readonly string name;
    readonly bool ownsCluster;

    BenchDatabase(LocalPostgresCluster cluster, string name, bool ownsCluster = true)
    {
        this.cluster = cluster;
        this.name = name;
        this.ownsCluster = ownsCluster;
    }

    public string ConnectionString => cluster.ConnectionStringFor(name);

    /// <summary>
    /// User + system CPU time of the server so far: the postmaster and every process it started (backends,
    /// WAL writer, checkpointer), from /proc. Backends that exited meanwhile are not counted, so compare
    /// it across windows in which connections stay pooled.
    /// </summary>
    public TimeSpan ServerCpuTime()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; }
            // Fields after the command (which may hold spaces) start at ") ": state ppid ... utime(14) stime(15).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (pid == postmaster || fields[1] == postmaster.ToString(System.Globalization.CultureInfo.InvariantCulture))
                ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        }
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ, 100 on Linux
    }

    /// <summary>
    /// VACUUM ANALYZE of the whole database, between measurements as pgbench does before its run: the
    /// maintenance the last measurement's writes made due (autovacuum of the log and of the raw table)
    /// then does not land in the next one's windows.
    /// </summary>
    public async Task VacuumAsync()
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", conn) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync();
    }

    public static async Task<BenchDatabase> StartAsync(string label)
    {
        var cluster = await LocalPostgresCluster.StartAsync(Path.Combine(RepositoryRoot.Find(), ".local", "bench-pg"));
        var name = $"bench_{label}_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await cluster.CreateDatabaseAsync(name);
        return new BenchDatabase(cluster, name);
    }

    /// <summary>Another fresh database on the same cluster (its disposal drops only it; this one stops the cluster).</summary>
    public async Task<BenchDatabase> SiblingAsync(string label)
    {
        var sibling = $"bench_{label}_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await cluster.CreateDatabaseAsync(sibling);
        return new BenchDatabase(cluster, sibling, ownsCluster: false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!ownsCluster)
        {
            await using var conn = new NpgsqlConnection(cluster.ConnectionString);
            await conn.OpenAsync();
            await using var dropOne = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await dropOne.ExecuteNonQueryAsync();
            return;
        }
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
