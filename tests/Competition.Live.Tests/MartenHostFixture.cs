using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Competition.TestSupport;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Competition.Live.Tests;

/// <summary>
/// A fresh database and a host with the engine's Marten store (<see cref="CompetitionStore.Configure"/>) and its
/// async daemon, per test class. The inline views are written with their events; the boards by the daemon.
/// </summary>
public sealed class MartenHostFixture : IAsyncLifetime, IEventAppender
{
    readonly PostgresDatabaseFixture database = new();
    IHost? host;

    public string ConnectionString => database.ConnectionString;
    public IHost Host => host ?? throw new InvalidOperationException("Fixture not initialised.");
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();
    /// <summary>The daemon the host runs (Solo: this host is the only node).</summary>
    public IProjectionDaemon Daemon => Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        host = await StartHostAsync();
    }

    async Task<IHost> StartHostAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMarten(opts => CompetitionStore.Configure(opts, database.ConnectionString, "public", createSchema: true))
            .UseLightweightSessions()
            .AddAsyncDaemon(DaemonMode.Solo)
            .ApplyAllDatabaseChangesOnStartup();
        var started = builder.Build();
        await started.StartAsync();
        return started;
    }

    /// <summary>Stops this node and starts a new one on the same database: nothing kept in memory survives.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        host = await StartHostAsync();
    }

    /// <summary>
    /// Rebuilds the boards' projection from sequence 0 with the running daemon, then starts its shard again:
    /// Marten's rebuild leaves the shard stopped (the coordinator of a Solo daemon does not restart it).
    /// </summary>
    public async Task RebuildBoardsAsync()
    {
        await Daemon.RebuildProjectionAsync(LeaderboardProjection.ProjectionName, TimeSpan.FromSeconds(30), default);
        await Daemon.StartAgentAsync(LeaderboardProjection.ShardName, default);
    }

    /// <summary>Appends to one stream and waits until the boards' projection has applied it.</summary>
    public async Task<long> AppendAsync(Type streamType, Guid streamId, params object[] events)
    {
        var sequence = await StreamAppends.AppendAsync(Store, streamType, streamId, events);
        await CaughtUpAsync(sequence);
        return sequence;
    }

    /// <summary>Waits on the daemon's progress (mt_event_progression) for the boards' shard.</summary>
    public async Task CaughtUpAsync(long sequence)
    {
        await using var session = Store.QuerySession();
        (await ProjectionProgress.WaitForAsync(session, LeaderboardProjection.ShardName, sequence, TimeSpan.FromSeconds(15), default))
            .ShouldBeTrue($"{LeaderboardProjection.ShardName} did not reach sequence {sequence} within 15 s");
    }

    /// <summary>A read through a fresh query session, as an endpoint does it.</summary>
    public async Task<T> ReadAsync<T>(Func<IQuerySession, Task<T>> read)
    {
        await using var session = Store.QuerySession();
        return await read(session);
    }

    async Task StopAsync()
    {
        if (host is null) return;
        await host.StopAsync();
        host.Dispose();
        host = null;
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        await database.DisposeAsync();
    }
}
