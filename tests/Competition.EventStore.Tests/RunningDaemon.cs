namespace Competition.EventStore.Tests;

/// <summary>A started ProjectionDaemon that stops when disposed, as the host would do it.</summary>
internal sealed class RunningDaemon : IAsyncDisposable
{
    RunningDaemon(ProjectionDaemon daemon) => Daemon = daemon;

    public ProjectionDaemon Daemon { get; }

    public static async Task<RunningDaemon> StartAsync(PostgresEventStore store, IEnumerable<IProjection> projections, params IProjectionListener[] listeners)
    {
        var daemon = new ProjectionDaemon(store, projections, listeners);
        await daemon.StartAsync(CancellationToken.None);
        return new RunningDaemon(daemon);
    }

    public async ValueTask DisposeAsync()
    {
        await Daemon.StopAsync(CancellationToken.None);
        Daemon.Dispose();
    }
}
