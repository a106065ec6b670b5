using Competition.EventStore;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Projections;

public static class ProjectionsServiceCollectionExtensions
{
    /// <summary>Registers the read models with the projection daemon; call after <c>AddEventStore</c>.</summary>
    public static IServiceCollection AddCompetitionProjections(this IServiceCollection services)
    {
        services.AddSingleton<ReadModelDb>();
        services.AddProjection<LeaderboardProjection>();
        services.AddProjection<ContestViewProjection>();
        return services;
    }
}
