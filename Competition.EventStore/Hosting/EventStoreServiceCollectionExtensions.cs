using Competition.EventStore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Competition.EventStore;

public static class EventStoreServiceCollectionExtensions
{
    public static IServiceCollection AddEventStore(this IServiceCollection services, Action<EventStoreOptions> configure)
    {
        var options = new EventStoreOptions();
        configure(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(sp => new PostgresEventStore(options, sp.GetService<ILoggerFactory>()));
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<PostgresEventStore>());
        services.AddHostedService<EventStoreInitializer>();
        services.AddSingleton<ProjectionDaemon>();
        if (options.RunProjectionDaemon)
            services.AddHostedService(sp => sp.GetRequiredService<ProjectionDaemon>());
        return services;
    }

    public static IServiceCollection AddProjection<T>(this IServiceCollection services) where T : class, IProjection =>
        services.AddSingleton<IProjection, T>();

    public static IServiceCollection AddProjectionListener<T>(this IServiceCollection services) where T : class, IProjectionListener =>
        services.AddSingleton<IProjectionListener, T>();
}
