using Competition.TestHost;
using Competition.TestSupport;

namespace Competition.Api.Tests.Support;

/// The real API in memory over a fresh PostgreSQL database per test class.
public sealed class ApiFactory : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789";
    readonly PostgresDatabaseFixture database = new();
    ApiHost? host;

    ApiHost Host => host ?? throw new InvalidOperationException("The fixture is not initialised.");
    public MovableClock Clock => Host.Clock;
    public string ConnectionString => database.ConnectionString;
    /// More configuration (Competition:* keys) for the API, set before the fixture is initialised.
    public Dictionary<string, string?> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        host = new ApiHost(database.ConnectionString, AdminKey);
        foreach (var (key, value) in Settings) host.Settings[key] = value;
    }

    public HttpClient CreateClient() => Host.CreateClient();

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
        await database.DisposeAsync();
    }
}
