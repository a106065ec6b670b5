using Competition.EventStore;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;
using Npgsql;

// In the DI namespace (implicitly imported by the SDK), as libraries conventionally do.
namespace Microsoft.Extensions.DependencyInjection;

public static class ProjectionsServiceCollectionExtensions
{
    /// <summary>Registers the read models with the projection daemon; call after <c>AddEventStore</c>.</summary>
    public static IServiceCollection AddCompetitionProjections(this IServiceCollection services)
    {
        // Shares the host's NpgsqlDataSource when it registers one: one pool, not two, against max_connections.
        services.AddSingleton(sp => new ReadModelDb(sp.GetRequiredService<EventStoreOptions>(), sp.GetService<NpgsqlDataSource>()));
        services.AddProjection<LeaderboardProjection>();
        services.AddProjection<ContestViewProjection>();
        return services;
    }
}
