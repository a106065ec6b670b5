using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Competition.Api.Pages;

/// <summary>Where tablets and phones reach this server. <c>publicUrl</c> is what QR codes and links say:
/// <c>Competition:PublicUrl</c> when set, otherwise the address the request came in on.</summary>
public sealed record VenueView(string PublicUrl, bool Configured, IReadOnlyList<string> Addresses);

/// A QR code that says "localhost" reaches nothing from a tablet: the pages ask here which address to put in
/// their links, and the console warns when it was opened on this machine's own name.
public static class Venue
{
    public static IEndpointRouteBuilder MapVenue(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/venue", (HttpContext http, IConfiguration configuration, IServer server) =>
            TypedResults.Ok(Of(http.Request, configuration, server)));
        return app;
    }

    /// Prints, once the server listens, every address it can be reached at (for the organizer at the desk).
    public static void PrintAddressesOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.WriteLine("Competition is listening (pages: /, /judge, /screen/{contestId})");
            foreach (var address in Addresses(app.Services.GetRequiredService<IServer>())) Console.WriteLine($"Reachable at {address}");
        });

    public static VenueView Of(HttpRequest request, IConfiguration configuration, IServer server)
    {
        var configured = configuration["Competition:PublicUrl"]?.Trim().TrimEnd('/');
        var valid = Uri.TryCreate(configured, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        return new(valid ? configured! : $"{request.Scheme}://{request.Host}", valid, Addresses(server));
    }

    /// The addresses the server listens on, a wildcard (0.0.0.0, [::], +, *) expanded to this machine's network
    /// addresses (IPv4, interfaces that are up, loopback last).
    public static IReadOnlyList<string> Addresses(IServer server)
    {
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var addresses = new List<string>();
        foreach (var text in listening)
        {
            var binding = BindingAddress.Parse(text);
            if (binding.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*")
                addresses.AddRange(NetworkAddresses().Select(ip => $"{binding.Scheme}://{ip}:{binding.Port}"));
            else addresses.Add($"{binding.Scheme}://{binding.Host}:{binding.Port}");
        }
        return [.. addresses.Distinct().OrderBy(a => a.Contains("127.0.0.1") || a.Contains("localhost"))];
    }

    static IEnumerable<string> NetworkAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork)
            .Select(a => a.Address.ToString());
}
