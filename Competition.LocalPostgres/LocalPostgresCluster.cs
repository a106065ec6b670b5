using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Competition.LocalPostgres;

/// <summary>
/// A PostgreSQL cluster run from the installed binaries in a folder of ours: initdb on first use,
/// a free port on 127.0.0.1 remembered in the folder, pg_ctl start/stop.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    const string PortFile = "competition.port";
    readonly string binDir;
    int stopped;

    LocalPostgresCluster(string binDir, string dataDir, int port)
    {
        this.binDir = binDir;
        DataDirectory = dataDir;
        Port = port;
    }

    public string DataDirectory { get; }
    public int Port { get; }

    /// <summary>Connection string to the 'postgres' database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, MaxPoolSize = 200,
    }.ConnectionString;

    public static async Task<LocalPostgresCluster> StartAsync(string dataDir, CancellationToken ct = default) =>
        await StartAsync(dataDir, new LocalPostgresOptions(), ct);

    public static async Task<LocalPostgresCluster> StartAsync(string dataDir, LocalPostgresOptions options, CancellationToken ct = default)
    {
        var binDir = PostgresBinaries.FindBinDirectory();
        dataDir = Path.GetFullPath(dataDir);
        Directory.CreateDirectory(dataDir);
        if (ProcessRunner.IsRoot)
            await ProcessRunner.RunCheckedAsync("chown", ["-R", "postgres:postgres", dataDir], ct, asPostgres: false);
        if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
            await InitDbAsync(binDir, dataDir, options, ct);

        var port = ReadOrPickPort(dataDir);
        var cluster = new LocalPostgresCluster(binDir, dataDir, port);
        if (await cluster.IsRunningAsync(ct) && await cluster.CanConnectAsync(ct)) return cluster;

        var (code, output) = await cluster.PgCtlStartAsync(options, ct);
        if (code != 0)
        {
            // A postmaster.pid left by a killed run, or our port taken meanwhile: clear both and try once more.
            await ProcessRunner.RunAsync(Path.Combine(binDir, "pg_ctl"), ["stop", "-D", dataDir, "-m", "immediate", "-w"], ct);
            File.Delete(Path.Combine(dataDir, "postmaster.pid"));
            if (!IsPortFree(port)) File.Delete(Path.Combine(dataDir, PortFile));
            cluster = new LocalPostgresCluster(binDir, dataDir, ReadOrPickPort(dataDir));
            (code, var retryOutput) = await cluster.PgCtlStartAsync(options, ct);
            if (code != 0)
                throw new LocalPostgresException($"pg_ctl start failed in {dataDir}:\n{output}\n{retryOutput}\n{TailLog(dataDir)}");
        }
        // Pooled connections to an earlier postmaster on this port are dead now.
        using (var stale = new NpgsqlConnection(cluster.ConnectionString)) NpgsqlConnection.ClearPool(stale);
        return cluster;
    }

    public async Task CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", conn) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync(ct) is not null) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", conn);
        try { await create.ExecuteNonQueryAsync(ct); }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1) return;
        NpgsqlConnection.ClearAllPools();
        await ProcessRunner.RunAsync(Path.Combine(binDir, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "fast", "-w"], CancellationToken.None);
    }

    /// <summary>
    /// For AppDomain.ProcessExit, where the host may kill us any moment: a detached shell stops the
    /// server (immediate mode, the data is throwaway) and then deletes <paramref name="deleteFolder"/>.
    /// </summary>
    public void StopDetached(string? deleteFolder = null)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1) return;
        var stop = $"'{Path.Combine(binDir, "pg_ctl")}' stop -D '{DataDirectory}' -m immediate -w";
        if (ProcessRunner.IsRoot) stop = $"runuser -u postgres -- {stop}";
        var script = deleteFolder is null ? stop : $"{stop} >/dev/null 2>&1; rm -rf '{deleteFolder}'";
        var psi = new System.Diagnostics.ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false };
        System.Diagnostics.Process.Start(psi)?.Dispose();
    }

    static async Task InitDbAsync(string binDir, string dataDir, LocalPostgresOptions options, CancellationToken ct)
    {
        var locale = Directory.Exists("/usr/lib/locale/C.utf8") || Directory.Exists("/usr/lib/locale/C.UTF-8") ? "C.UTF-8" : "C";
        List<string> args = ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", $"--locale={locale}"];
        if (!options.Durable) args.Add("--no-sync");
        await ProcessRunner.RunCheckedAsync(Path.Combine(binDir, "initdb"), args, ct);
    }

    Task<(int, string)> PgCtlStartAsync(LocalPostgresOptions options, CancellationToken ct)
    {
        var settings = $"-p {Port} -k {DataDirectory} -c listen_addresses=127.0.0.1 -c max_connections={options.MaxConnections}";
        if (!options.Durable) settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var timeout = ((int)options.StartTimeout.TotalSeconds).ToString();
        return ProcessRunner.RunAsync(Path.Combine(binDir, "pg_ctl"),
            ["start", "-D", DataDirectory, "-w", "-t", timeout, "-l", Path.Combine(DataDirectory, "server.log"), "-o", settings], ct);
    }

    async Task<bool> IsRunningAsync(CancellationToken ct) =>
        (await ProcessRunner.RunAsync(Path.Combine(binDir, "pg_ctl"), ["status", "-D", DataDirectory], ct)).ExitCode == 0;

    async Task<bool> CanConnectAsync(CancellationToken ct)
    {
        try
        {
            await using var conn = new NpgsqlConnection(ConnectionString);
            await conn.OpenAsync(ct);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException) { return false; }
    }

    static int ReadOrPickPort(string dataDir)
    {
        var file = Path.Combine(dataDir, PortFile);
        if (File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var saved)) return saved;
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        File.WriteAllText(file, port.ToString());
        return port;
    }

    static bool IsPortFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException) { return false; }
    }

    static string TailLog(string dataDir)
    {
        var log = Path.Combine(dataDir, "server.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(20)) : "";
    }
}
