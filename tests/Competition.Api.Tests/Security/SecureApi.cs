using System.Net;
using System.Net.Http.Headers;
using Competition.Api.Tests.Support;
using Competition.TestHost;
using Competition.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Competition.Api.Tests.Security;

/// The API on Kestrel with the security settings a venue would tighten: 5 failed authentications
/// per address per hour, writes from one console origin, every log line captured. A test speaks
/// from a chosen client address through the X-Test-Client header (read by a test-only filter).
public sealed class SecureApi : IAsyncLifetime
{
    public const string ConsoleOrigin = "https://console.example";
    public const int FailureLimit = 5;
    readonly PostgresDatabaseFixture database = new();
    ApiHost? host;

    public CapturedLogs Logs { get; } = new();
    /// The same lines under the API's own log levels, as a deployment writes them (Logs takes every level).
    public CapturedLogs DeployedLogs { get; } = new();
    public HttpClient Http { get; private set; } = null!;
    public ApiClient Api { get; private set; } = null!;
    public string ConnectionString => database.ConnectionString;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        host = new ApiHost(database.ConnectionString, ApiFactory.AdminKey, kestrel: true);
        host.Settings["Competition:AuthFailures:PermitLimit"] = FailureLimit.ToString();
        host.Settings["Competition:AuthFailures:WindowSeconds"] = "3600";
        host.Settings["Competition:Cors:Origins"] = ConsoleOrigin;
        host.Configure = builder => builder
            .ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace).AddProvider(new DeployedLogsProvider(DeployedLogs)))
            .ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        Http = new HttpClient { BaseAddress = host.StartOnKestrel() };
        Api = new ApiClient(Http);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? token = null, string? from = null, HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (from is not null) request.Headers.Add("X-Test-Client", from);
        return await Http.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (host is not null) await host.DisposeAsync();
        await database.DisposeAsync();
    }

    /// A provider of another type than CapturedLogs, so the Trace rule above does not apply to it.
    sealed class DeployedLogsProvider(CapturedLogs logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logs.CreateLogger(categoryName);
        public void Dispose() { }
    }

    sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, then) =>
            {
                if (IPAddress.TryParse(http.Request.Headers["X-Test-Client"], out var address)) http.Connection.RemoteIpAddress = address;
                return then(http);
            });
            next(app);
        };
    }
}
