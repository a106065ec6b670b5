using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Browser.Tests;

// The real API on a real Kestrel port: a browser cannot reach WebApplicationFactory's in-memory server.
public sealed class ApiServer : WebApplicationFactory<Program>
{
    public const string AdminKey = "browser-tests-admin-key";
    readonly string connectionString;

    public ShiftableClock Clock { get; } = new();

    public ApiServer(string connectionString)
    {
        this.connectionString = connectionString;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads these before it builds the app.
        builder.UseSetting("ConnectionStrings:Competition", connectionString);
        builder.UseSetting("Competition:AdminKey", AdminKey);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        // Kestrel may report a wildcard host; the browser talks to the loopback address.
        return new UriBuilder(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal))) { Host = "127.0.0.1" }.Uri;
    }
}
