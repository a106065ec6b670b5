using Competition.EventStore;
using Competition.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Live.Tests;

/// <summary>The real API on a real Kestrel port (a Node SignalR client cannot reach the in-memory
/// server), over a fresh database per test class.</summary>
public sealed class LiveApiFixture : IAsyncLifetime, IEventAppender
{
    readonly PostgresDatabaseFixture database = new();
    ApiFactory? api;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public IServiceProvider Services => api!.Services;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        api = new ApiFactory(database.ConnectionString);
        api.StartServer();
        var addresses = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new UriBuilder(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal))) { Host = "127.0.0.1" }.Uri;
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Appends as the write side would, without waiting for the projections.</summary>
    public async Task<long> AppendOnlyAsync(Guid streamId, params object[] events)
    {
        var session = Services.GetRequiredService<PostgresEventStore>().OpenSession();
        session.Events.Append(streamId, events);
        return (await session.SaveChangesAsync()).LastSequence;
    }

    public async Task<long> AppendAsync(Guid streamId, params object[] events)
    {
        var sequence = await AppendOnlyAsync(streamId, events);
        await CaughtUpAsync(sequence);
        return sequence;
    }

    /// <summary>Waits until the read-side projections reach the log's head; answers the head.</summary>
    public async Task<long> CaughtUpAsync()
    {
        var head = await Services.GetRequiredService<PostgresEventStore>().ReadHeadSequenceAsync();
        await CaughtUpAsync(head);
        return head;
    }

    async Task CaughtUpAsync(long sequence)
    {
        var daemon = Services.GetRequiredService<ProjectionDaemon>();
        foreach (var projection in new[] { "leaderboards", "contests" })
            await daemon.WaitForSequenceAsync(projection, sequence, TimeSpan.FromSeconds(15));
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (api is not null) await api.DisposeAsync();
        await database.DisposeAsync();
    }

    sealed class ApiFactory : WebApplicationFactory<Program>
    {
        readonly string connectionString;

        public ApiFactory(string connectionString)
        {
            this.connectionString = connectionString;
            UseKestrel(0);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // UseSetting: Program reads these while building, before app configuration callbacks run.
            builder.UseSetting("ConnectionStrings:Competition", connectionString);
            builder.UseSetting("Competition:AdminKey", "live-tests-admin-key");
        }
    }
}
