using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Competition.Bench.Http;

/// <summary>
/// A build of the API (any Competition.Api.dll: this tree's, or an older commit's built in a worktree) started as
/// its own process with the settings ApiProcess gives the API under test: Production, workstation GC, 127.0.0.1 on a
/// free port, the connection string and admin key from the environment, tables created at start-up on the
/// throwaway database (an older build that creates its own tables ignores that setting).
/// </summary>
internal sealed class ApiBuild : IAsyncDisposable
{
    readonly StringBuilder output = new();
    readonly Process process;

    ApiBuild(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output { get { lock (output) return output.ToString(); } }

    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    public static async Task<ApiBuild> StartAsync(string assembly, string connectionString, string adminKey, TimeSpan? timeout = null)
    {
        if (!File.Exists(assembly)) throw new FileNotFoundException("No API build there.", assembly);
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet", [assembly])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
        };
        info.Environment["ConnectionStrings__Competition"] = connectionString;
        info.Environment["Competition__AdminKey"] = adminKey;
        info.Environment["Competition__CreateSchema"] = "true";
        info.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_gcServer"] = "0";

        var api = new ApiBuild(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."), baseAddress);
        api.process.OutputDataReceived += (_, e) => api.Append(e.Data);
        api.process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        api.process.BeginOutputReadLine();
        api.process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < (timeout ?? TimeSpan.FromSeconds(60)))
        {
            if (api.process.HasExited) throw new InvalidOperationException($"{assembly} exited with {api.process.ExitCode} while starting:\n{api.Output}");
            try
            {
                using var answer = await http.GetAsync("/health");
                if (answer.StatusCode == HttpStatusCode.OK) return api;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(20);
        }
        await api.DisposeAsync();
        throw new TimeoutException($"{assembly} did not answer /health in time:\n{api.Output}");
    }

    void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        return ValueTask.CompletedTask;
    }
}
