using Microsoft.Extensions.Hosting;

namespace Competition.EventStore.Hosting;

/// <summary>Registered before the daemon, so a host fails at start, not at the first request, if the schema cannot be applied.</summary>
internal sealed class EventStoreInitializer(PostgresEventStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
