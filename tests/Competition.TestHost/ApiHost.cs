using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.TestHost;

/// The real API for tests: a given database, a known admin key and a clock the test can move
/// (public notice lasts days). In memory by default; on a real Kestrel port for clients that
/// cannot reach the in-memory server (a browser, the Node SignalR client).
public sealed class ApiHost : WebApplicationFactory<Program>
{
    readonly string connectionString;

    // Program ends in RunJasperFxCommands, which starts the host itself only when told to.
    static ApiHost() => JasperFx.CommandLine.JasperFxEnvironment.AutoStartHost = true;

    public ApiHost(string connectionString, string adminKey, bool kestrel = false)
    {
        this.connectionString = connectionString;
        AdminKey = adminKey;
        if (kestrel) UseKestrel(0);
    }

    public string AdminKey { get; }
    public MovableClock Clock { get; } = new();
    /// More configuration (Competition:* keys), set before the host starts.
    public Dictionary<string, string?> Settings { get; } = [];
    /// More set-up of the host (test services, logging), run last.
    public Action<IWebHostBuilder>? Configure { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ConfigureTest(builder, connectionString, AdminKey, Clock, Settings);
        Configure?.Invoke(builder);
    }

    /// The test set-up of the API, shared with the Alba hosts of the API tests.
    public static void ConfigureTest(
        IWebHostBuilder builder, string connectionString, string adminKey, TimeProvider clock, IReadOnlyDictionary<string, string?> settings)
    {
        // UseSetting, not ConfigureAppConfiguration: Program reads these before it builds the app.
        builder.UseSetting("ConnectionStrings:Competition", connectionString);
        builder.UseSetting("Competition:AdminKey", adminKey);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    /// Starts Kestrel and answers its loopback address (Kestrel may report a wildcard host).
    public Uri StartOnKestrel()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new UriBuilder(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal))) { Host = "127.0.0.1" }.Uri;
    }
}

/// The API's clock, moved forward by a test.
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Offset += by;
}
