using Competition.Domain;
using Competition.EventStore;
using Competition.Projections.Plumbing;
using Competition.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Competition.Live.Tests;

/// <summary>A fresh database and a host running the event store's daemon with the read-side projections, per test class.</summary>
public sealed class ProjectionHostFixture : IAsyncLifetime, IEventAppender
{
    readonly PostgresDatabaseFixture database = new();
    IHost? host;

    public IHost Host => host ?? throw new InvalidOperationException("Fixture not initialised.");
    public PostgresEventStore Store => Host.Services.GetRequiredService<PostgresEventStore>();
    public ProjectionDaemon Daemon => Host.Services.GetRequiredService<ProjectionDaemon>();
    public ReadModelDb Db => Host.Services.GetRequiredService<ReadModelDb>();

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Services.AddEventStore(o =>
        {
            o.ConnectionString = database.ConnectionString;
            foreach (var (name, type) in DomainEvents.WireNames) o.Events.Register(type, name);
        });
        builder.Services.AddCompetitionProjections();
        host = builder.Build();
        await host.StartAsync();
    }

    /// <summary>Appends to one stream and waits until both read-side projections have applied it.</summary>
    public async Task<long> AppendAsync(Guid streamId, params object[] events)
    {
        var session = Store.OpenSession();
        session.Events.Append(streamId, events);
        var result = await session.SaveChangesAsync();
        await CaughtUpAsync(result.LastSequence);
        return result.LastSequence;
    }

    public async Task CaughtUpAsync(long sequence)
    {
        foreach (var projection in new[] { "leaderboards", "contests" })
            await Daemon.WaitForSequenceAsync(projection, sequence, TimeSpan.FromSeconds(15));
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.StopAsync();
            host.Dispose();
        }
        await database.DisposeAsync();
    }
}
