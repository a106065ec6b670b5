using Competition.Api.Pages;
using Competition.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Competition.Api.Tests.Plumbing;

/// Issue 19, reachable links: the pages put `publicUrl` in their QR codes. Configured, it is that address; otherwise
/// the one the request came in on. A wildcard the server listens on is expanded to this machine's addresses.
public sealed class VenueTests
{
    [Theory]
    [InlineData("https://contest.example.org/", "https://contest.example.org", true)]
    [InlineData("http://192.168.1.20:5080", "http://192.168.1.20:5080", true)]
    [InlineData("", "http://localhost", false)]
    [InlineData("not a url", "http://localhost", false)]
    [InlineData("ftp://files.example.org", "http://localhost", false)]
    public async Task The_public_url_is_the_configured_one_or_the_requests(string configured, string expected, bool isConfigured)
    {
        var factory = new ApiFactory { Settings = { ["Competition:PublicUrl"] = configured } };
        await factory.InitializeAsync();
        try
        {
            var venue = await new ApiClient(factory.CreateClient()).Get("/api/venue");
            ((string)venue["publicUrl"]!).ShouldBe(expected);
            ((bool)venue["configured"]!).ShouldBe(isConfigured);
        }
        finally
        {
            await factory.DisposeAsync();
        }
    }

    [Fact]
    public void A_wildcard_address_is_expanded_to_this_machines_addresses_with_loopback_last()
    {
        var addresses = Venue.Addresses(new Listening("http://0.0.0.0:5080", "http://localhost:5081"));
        addresses.ShouldContain("http://127.0.0.1:5080");
        addresses.ShouldContain("http://localhost:5081");
        addresses.ShouldAllBe(a => a.StartsWith("http://") && (a.EndsWith(":5080") || a.EndsWith(":5081")));
        addresses.ShouldNotContain(a => a.Contains("0.0.0.0"));
        addresses.SkipWhile(a => !a.Contains("127.0.0.1") && !a.Contains("localhost")).ShouldAllBe(a => a.Contains("127.0.0.1") || a.Contains("localhost"));
    }

    /// The addresses a server says it listens on; nothing else of a server is used.
    sealed class Listening : IServer
    {
        public Listening(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var a in addresses) feature.Addresses.Add(a);
            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();
        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken ct) where TContext : notnull => Task.CompletedTask;
        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
        public void Dispose() { }
    }
}
