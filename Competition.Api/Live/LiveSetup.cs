using Competition.Api.Live;

// In ASP.NET's own namespace (implicitly imported by the Web SDK), like AddSignalR and MapHub.
namespace Microsoft.AspNetCore.Builder;

public static class LiveSetup
{
    /// <summary>SignalR, the pusher and the LISTENing publisher; needs <c>AddCompetitionProjections</c>.</summary>
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<BoardPusher>();
        services.AddHostedService<BoardPublisher>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHub<LeaderboardHub>("/hubs/leaderboard");
        return app;
    }
}
