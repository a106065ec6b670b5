using Competition.EventStore.Projections;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Competition.EventStore;

/// <summary>
/// Feeds every registered projection from the log: woken by NOTIFY, polling as fallback, each batch and
/// its checkpoint in one transaction, failures logged and retried with back-off so the loop never dies.
/// </summary>
public sealed class ProjectionDaemon : BackgroundService
{
    readonly PostgresEventStore store;
    readonly NpgsqlDataSource dedicated;
    readonly Dictionary<string, ProjectionRunner> runners;
    readonly NotificationListener notifications;
    readonly ILogger logger;

    public ProjectionDaemon(PostgresEventStore store, IEnumerable<IProjection> projections, IEnumerable<IProjectionListener> listeners)
    {
        this.store = store;
        logger = store.Loggers.CreateLogger<ProjectionDaemon>();
        // Unpooled: the session advisory lock must die with its connection, never linger in a pool.
        dedicated = new NpgsqlDataSourceBuilder(PostgresEventStore.WithPreparedStatements(store.Options.ConnectionString))
        { ConnectionStringBuilder = { Pooling = false } }.Build();
        var listenerList = listeners.ToList();
        runners = projections.ToDictionary(p => p.Name, p => new ProjectionRunner(p, store, dedicated, listenerList, logger));
        notifications = new NotificationListener(dedicated, store.Options.NotifyChannel, WakeAll, logger);
    }

    public IReadOnlyCollection<string> Projections => runners.Keys;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = Backoff.Start;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.EnsureSchemaAsync(stoppingToken);
                break;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Event store schema not ready; daemon retrying in {Delay}", backoff);
                backoff = await Backoff.WaitAsync(backoff, stoppingToken);
            }
        }
        await Task.WhenAll(runners.Values.Select(r => r.RunAsync(stoppingToken)).Append(notifications.RunAsync(stoppingToken)));
    }

    /// <summary>Replays the log from sequence 0 into a reset read model (see ProjectionRunner.RebuildAsync).</summary>
    public Task RebuildAsync(string projection, CancellationToken ct = default) => Runner(projection).RebuildAsync(ct);

    /// <summary>Completes once the projection's committed checkpoint is at or past <paramref name="sequence"/>; TimeoutException otherwise.</summary>
    public async Task WaitForSequenceAsync(string projection, long sequence, TimeSpan timeout, CancellationToken ct = default)
    {
        var runner = Runner(projection);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        while (true)
        {
            var advanced = runner.Advanced;
            if (runner.Position >= sequence) return;
            var delay = Task.Delay(TimeSpan.FromMilliseconds(250), cts.Token);
            if (await Task.WhenAny(advanced, delay) == advanced) continue;
            ct.ThrowIfCancellationRequested();
            if (cts.IsCancellationRequested)
                throw new TimeoutException($"Projection {projection} did not reach sequence {sequence} within {timeout} (at {runner.Position}).");
            // Another node may be the one running it: its checkpoint is in the table.
            runner.Publish(await Checkpoints.ReadAsync(store.DataSource, store.Options.Schema, projection, cts.Token));
        }
    }

    public long PositionOf(string projection) => Runner(projection).Position;

    void WakeAll()
    {
        foreach (var runner in runners.Values) runner.Wake();
    }

    ProjectionRunner Runner(string name) => runners.TryGetValue(name, out var runner)
        ? runner
        : throw new ArgumentException($"No projection named '{name}' is registered.", nameof(name));

    public override void Dispose()
    {
        base.Dispose();
        dedicated.Dispose();
    }
}
