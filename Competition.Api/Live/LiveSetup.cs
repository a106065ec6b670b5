using Competition.Api.Live;
using Microsoft.AspNetCore.SignalR;

// In ASP.NET's own namespace (implicitly imported by the Web SDK), like AddSignalR and MapHub.
namespace Microsoft.AspNetCore.Builder;

public static class LiveSetup
{
    /// <summary>SignalR, the pushers (boards, reopened sheets) and the LISTENing publisher; needs <c>AddCompetitionProjections</c>.</summary>
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR(hub =>
        {
            hub.AddFilter<HubCallLimits>();
            // Calls carry two ids: a message past this is not a call, and is not read (the connection closes).
            hub.MaximumReceiveMessageSize = 4096;
        });
        // SignalR logs every refused call (a HubException: a caller's mistake or abuse) as an Error with its stack:
        // an anonymous client could fill the log at will. Hub failures are logged by HubCallLimits instead.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical));
        services.AddSingleton<HubLifetimeManager<LeaderboardHub>, SlicedGroupSends<LeaderboardHub>>();
        services.AddSingleton(sp => WholeBoardPace.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ConnectionWatches>();
        services.AddSingleton<BoardSends>();
        services.AddSingleton<BoardPusher>();
        services.AddSingleton<RoundPusher>();
        services.AddSingleton<Competition.Api.Reads.BoardSequences>();
        services.AddSingleton<SheetPusher>();
        services.AddHostedService<BoardPublisher>();
        return services;
    }

    public static IEndpointRouteBuilder MapLiveEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHub<LeaderboardHub>("/hubs/leaderboard");
        return app;
    }
}
