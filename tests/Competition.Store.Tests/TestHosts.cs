using Competition.Projections.Store;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Competition.Store.Tests;

/// <summary>The store registered as the API registers it: AddMarten with the engine's settings, the schema applied at
/// start-up, and (with a mode) the async daemon under Marten's projection coordinator.</summary>
internal static class TestHosts
{
    public static IHost Node(string connectionString, string schema, DaemonMode? daemon = DaemonMode.HotCold)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var marten = builder.Services.AddMarten(opts => CompetitionStore.Configure(opts, connectionString, schema, createSchema: true))
            .ApplyAllDatabaseChangesOnStartup();
        if (daemon is { } mode) marten.AddAsyncDaemon(mode);
        return builder.Build();
    }

    public static IDocumentStore Store(this IHost node) => node.Services.GetRequiredService<IDocumentStore>();

    public static IProjectionDaemon Daemon(this IHost node) =>
        node.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>().DaemonForMainDatabase();
}
