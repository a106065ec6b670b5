using Competition.TestSupport;

namespace Competition.Bench.Http;

/// <summary>
/// A fresh database on the bench cluster and the real API (Release build) as its own process on it,
/// with one HTTP client whose pool never limits the concurrency a benchmark asks for.
/// </summary>
internal sealed class ApiUnderTest : IAsyncDisposable
{
    public const string AdminKey = "bench-admin-key-7f3c2a91d04b";

    readonly string label;

    ApiUnderTest(string label, BenchDatabase database, ApiProcess api)
    {
        this.label = label;
        Database = database;
        Api = api;
        Http = NewClient(api.BaseAddress);
    }

    public BenchDatabase Database { get; }
    public ApiProcess Api { get; }
    public HttpClient Http { get; }

    public static async Task<ApiUnderTest> StartAsync(string label)
    {
        var database = await BenchDatabase.StartAsync(label);
        try
        {
            return new ApiUnderTest(label, database, await ApiProcess.StartAsync(database.ConnectionString, AdminKey));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public static HttpClient NewClient(Uri baseAddress) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1024,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(20),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Stops the API and keeps what it printed in bench/results/&lt;label&gt;-api.log, for a run that went wrong.</summary>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Api.DisposeAsync();
        var dir = Path.Combine(RepositoryRoot.Find(), "bench", "results");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, $"{label}-api.log"), Api.Output);
        await Database.DisposeAsync();
    }
}
