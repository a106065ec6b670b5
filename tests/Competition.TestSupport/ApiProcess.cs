using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Competition.TestSupport;

/// <summary>
/// The API as its own operating-system process (`dotnet Competition.Api.dll`), so a test or a benchmark
/// can kill it hard (SIGKILL, no shutdown hooks) and start it again on the same database and port,
/// and read its CPU time and memory from /proc.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    readonly StringBuilder output = new();
    readonly Dictionary<string, string> environment;
    readonly string assembly;
    Process process;

    ApiProcess(Process process, Dictionary<string, string> environment, string assembly, Uri baseAddress, TimeSpan startup)
    {
        this.process = process;
        this.environment = environment;
        this.assembly = assembly;
        BaseAddress = baseAddress;
        StartupTime = startup;
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to the first 200 from /health.</summary>
    public TimeSpan StartupTime { get; private set; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>What the process printed (stdout and stderr), for a failing test's message.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>
    /// Starts the API built beside the caller (same configuration: Release under ./test.sh), listening on
    /// 127.0.0.1 on a free port. <paramref name="settings"/> are configuration keys in environment form
    /// (e.g. <c>Competition__Schema</c>). <paramref name="assembly"/>: another build of the API (a published one).
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string connectionString, string adminKey,
        IReadOnlyDictionary<string, string>? settings = null, TimeSpan? timeout = null, string? assembly = null)
    {
        var env = new Dictionary<string, string>
        {
            ["ConnectionStrings__Competition"] = connectionString,
            ["Competition__AdminKey"] = adminKey,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // A throwaway database: let Marten and Wolverine create their tables, as Development does.
            ["Competition__CreateSchema"] = "true",
            ["DOTNET_gcServer"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) env[key] = value;
        var baseAddress = new Uri(env["ASPNETCORE_URLS"]);
        var api = new ApiProcess(null!, env, Path.GetFullPath(assembly ?? ApiAssembly()), baseAddress, TimeSpan.Zero);
        await api.LaunchAsync(timeout ?? TimeSpan.FromSeconds(60));
        return api;
    }

    /// <summary>SIGKILL: no graceful shutdown, no flushing, whatever was in flight is cut.</summary>
    public void Kill()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>Starts the API again with the same settings and port.</summary>
    public Task RestartAsync(TimeSpan? timeout = null)
    {
        Kill();
        return LaunchAsync(timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>User + system CPU time used so far (from /proc/pid/stat).</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Peak resident memory in bytes (VmHWM from /proc/pid/status).</summary>
    public long PeakResidentBytes() => ReadStatusKilobytes("VmHWM:") * 1024;

    /// <summary>Current resident memory in bytes (VmRSS).</summary>
    public long ResidentBytes() => ReadStatusKilobytes("VmRSS:") * 1024;

    long ReadStatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    async Task LaunchAsync(TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet", [assembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        foreach (var (key, value) in environment) info.Environment[key] = value;

        var clock = Stopwatch.StartNew();
        var started = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        started.OutputDataReceived += (_, e) => Append(e.Data);
        started.ErrorDataReceived += (_, e) => Append(e.Data);
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        process = started;

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with {process.ExitCode} while starting:\n{Output}");
            try
            {
                using var answer = await http.GetAsync("/health");
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    StartupTime = clock.Elapsed;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(20);
        }
        Kill();
        throw new TimeoutException($"The API did not answer /health within {timeout}:\n{Output}");
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    /// <summary>Competition.Api.dll of the same configuration as the running assembly (bin/Release or bin/Debug).</summary>
    public static string ApiAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug" : "Release";
        var path = Path.Combine(RepositoryRoot.Find(), "Competition.Api", "bin", configuration, "net10.0", "Competition.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build Competition.Api ({configuration}) first.", path);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
