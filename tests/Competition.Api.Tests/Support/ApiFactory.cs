using Alba;
using Competition.TestHost;
using Competition.TestSupport;

namespace Competition.Api.Tests.Support;

/// The real API in memory (an Alba host) over a fresh PostgreSQL database per test class.
public sealed class ApiFactory : IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789";
    readonly PostgresDatabaseFixture database = new();
    IAlbaHost? host;

    public IAlbaHost Host => host ?? throw new InvalidOperationException("The fixture is not initialised.");
    public MovableClock Clock { get; } = new();
    public string ConnectionString => database.ConnectionString;
    /// More configuration (Competition:* keys) for the API, set before the fixture is initialised.
    public Dictionary<string, string?> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        // Program ends in RunJasperFxCommands, which starts the host itself only when told to.
        JasperFx.CommandLine.JasperFxEnvironment.AutoStartHost = true;
        host = await AlbaHost.For<Program>(builder => ApiHost.ConfigureTest(builder, database.ConnectionString, AdminKey, Clock, Settings));
    }

    public HttpClient CreateClient() => Host.Server.CreateClient();

    public async Task DisposeAsync()
    {
        if (host is not null) await host.DisposeAsync();
        await database.DisposeAsync();
    }
}
