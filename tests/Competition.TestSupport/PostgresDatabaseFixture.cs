using Xunit;

namespace Competition.TestSupport;

/// <summary>A fresh database per test class (IClassFixture), dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    PostgresServer? server;

    public string ConnectionString { get; private set; } = "";

    public PostgresServer Server => server ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        server = await PostgresServer.GetAsync();
        ConnectionString = await server.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (server is not null && ConnectionString.Length > 0) await server.DropDatabaseAsync(ConnectionString);
    }
}
