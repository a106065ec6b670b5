using JasperFx.Events.Daemon;
using Marten;

namespace Competition.Store.Tests;

/// <summary>Marten's async daemon running every projection of the store (the boards) on its own, without the
/// coordinator a host adds (which restarts paused shards and elects a leader); stopped when disposed.</summary>
internal sealed class RunningDaemon : IAsyncDisposable
{
    readonly IDocumentStore store;

    RunningDaemon(IDocumentStore store, IProjectionDaemon daemon) => (this.store, Daemon) = (store, daemon);

    public IProjectionDaemon Daemon { get; }

    public static async Task<RunningDaemon> StartAsync(IDocumentStore store)
    {
        var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        return new RunningDaemon(store, daemon);
    }

    public Task<long> ReachedAsync() => store.ReachedAsync();

    public Task<TimeSpan> WaitForAsync(long sequence, TimeSpan timeout) => store.WaitForBoardAsync(sequence, timeout);

    public Task<TimeSpan> WaitForHeadAsync(TimeSpan timeout) => store.WaitForBoardAtHeadAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        await Daemon.StopAllAsync();
        Daemon.Dispose();
    }
}
