using Competition.TestHost;
using Competition.EventStore;
using Competition.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Live.Tests;

/// <summary>The real API on a real Kestrel port (a Node SignalR client cannot reach the in-memory
/// server), over a fresh database per test class.</summary>
public sealed class LiveApiFixture : IAsyncLifetime, IEventAppender
{
    readonly PostgresDatabaseFixture database = new();
    ApiHost? api;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public IServiceProvider Services => api!.Services;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        api = new ApiHost(database.ConnectionString, "live-tests-admin-key", kestrel: true);
        BaseAddress = api.StartOnKestrel();
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
}
