using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Competition.TestHost;
using Competition.TestSupport;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Live.Tests;

/// <summary>The real API (Marten, its daemon, Wolverine, SignalR) on a real Kestrel port, so a real SignalR
/// client connects over a socket, over a fresh database per test class.</summary>
public class LiveApiFixture : IAsyncLifetime, IEventAppender
{
    public const string AdminKey = "live-tests-admin-key-0123456789";
    readonly PostgresDatabaseFixture database = new();
    ApiHost? api;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string ConnectionString => database.ConnectionString;
    public IServiceProvider Services => api!.Services;
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    /// <summary>Settings of the API host, for a fixture that needs other than the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        api = new ApiHost(database.ConnectionString, AdminKey, kestrel: true);
        foreach (var (key, value) in Settings) api.Settings[key] = value;
        BaseAddress = api.StartOnKestrel();
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Appends through the API's own Marten store, as the write side would, without waiting for the daemon.</summary>
    public Task<long> AppendOnlyAsync(Type streamType, Guid streamId, params object[] events) =>
        StreamAppends.AppendAsync(Store, streamType, streamId, events);

    public async Task<long> AppendAsync(Type streamType, Guid streamId, params object[] events)
    {
        var sequence = await AppendOnlyAsync(streamType, streamId, events);
        await CaughtUpAsync(sequence);
        return sequence;
    }

    /// <summary>Waits until the boards' projection reaches the log's head; answers the head.</summary>
    public async Task<long> CaughtUpAsync()
    {
        await using var session = Store.QuerySession();
        var head = await ProjectionProgress.HeadAsync(session, default);
        await CaughtUpAsync(head);
        return head;
    }

    async Task CaughtUpAsync(long sequence)
    {
        await using var session = Store.QuerySession();
        (await ProjectionProgress.WaitForAsync(session, LeaderboardProjection.ShardName, sequence, TimeSpan.FromSeconds(15), default))
            .ShouldBeTrue($"{LeaderboardProjection.ShardName} did not reach sequence {sequence} within 15 s");
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (api is not null) await api.DisposeAsync();
        await database.DisposeAsync();
    }
}
