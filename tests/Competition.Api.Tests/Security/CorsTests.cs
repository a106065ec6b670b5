using System.Net;

namespace Competition.Api.Tests.Security;

/// Issue 7: CORS. The pages are same-origin. Other sites may read (contests, boards, awards, the
/// events feed with a token, the live hub) from any origin; they may write only from the origins
/// configured in Competition:Cors:Origins. Tokens are bearer headers, so no answer allows credentials.
public sealed class CorsTests(SecureApi api) : IClassFixture<SecureApi>
{
    static readonly Guid Contest = Guid.NewGuid();

    [Theory]
    [InlineData("/api/contests/{0}")]
    [InlineData("/api/contests/{0}/categories/{0}/leaderboard")]
    [InlineData("/api/contests/{0}/categories/{0}/awards")]
    [InlineData("/api/contests/{0}/events?after=0")]
    [InlineData("/api/judge/me")]
    public async Task Any_origin_may_read_with_a_token_header(string path)
    {
        using var answer = await Preflight(string.Format(path, Contest), "https://screens.example", "GET", "authorization");
        answer.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Header(answer, "Access-Control-Allow-Origin").ShouldBe("*");
        Header(answer, "Access-Control-Allow-Methods")!.ShouldContain("GET");
        Header(answer, "Access-Control-Allow-Headers")!.ToLowerInvariant().ShouldContain("authorization");
        Header(answer, "Access-Control-Allow-Credentials").ShouldBeNull();
    }

    [Theory]
    [InlineData("POST", "/api/contests")]
    [InlineData("POST", "/api/contests/{0}/categories")]
    [InlineData("PUT", "/api/contests/{0}/stages/{0}/entries/{0}/marks/{0}")]
    [InlineData("POST", "/api/contests/{0}/categories/{0}/awards/confirm")]
    public async Task Only_the_configured_origin_may_write(string method, string path)
    {
        var url = string.Format(path, Contest);
        using var allowed = await Preflight(url, SecureApi.ConsoleOrigin, method, "authorization,content-type");
        Header(allowed, "Access-Control-Allow-Origin").ShouldBe(SecureApi.ConsoleOrigin);
        Header(allowed, "Access-Control-Allow-Methods")!.ShouldContain(method);
        Header(allowed, "Access-Control-Allow-Headers")!.ToLowerInvariant().ShouldContain("authorization");
        Header(allowed, "Access-Control-Allow-Credentials").ShouldBeNull();

        using var refused = await Preflight(url, "https://evil.example", method, "authorization,content-type");
        Header(refused, "Access-Control-Allow-Origin").ShouldBeNull();
        Header(refused, "Access-Control-Allow-Methods").ShouldBeNull();
    }

    [Fact]
    public async Task Any_origin_may_watch_the_live_boards()
    {
        using var answer = await Preflight("/hubs/leaderboard/negotiate?negotiateVersion=1", "https://screens.example", "POST", "content-type,x-requested-with");
        Header(answer, "Access-Control-Allow-Origin").ShouldBe("*");
    }

    [Fact]
    public async Task A_read_from_another_origin_is_answered_for_any_origin_and_a_write_only_for_the_console()
    {
        using var read = await Send(HttpMethod.Get, $"/api/contests/{Contest}", "https://screens.example");
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Header(read, "Access-Control-Allow-Origin").ShouldBe("*");

        using var write = await Send(HttpMethod.Post, $"/api/contests/{Contest}/registration/open", "https://evil.example");
        Header(write, "Access-Control-Allow-Origin").ShouldBeNull();
        using var console = await Send(HttpMethod.Post, $"/api/contests/{Contest}/registration/open", SecureApi.ConsoleOrigin);
        Header(console, "Access-Control-Allow-Origin").ShouldBe(SecureApi.ConsoleOrigin);
    }

    async Task<HttpResponseMessage> Preflight(string url, string origin, string method, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, url);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await api.Http.SendAsync(request);
    }

    async Task<HttpResponseMessage> Send(HttpMethod method, string url, string origin)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Origin", origin);
        return await api.Http.SendAsync(request);
    }

    static string? Header(HttpResponseMessage answer, string name) =>
        answer.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
