using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Competition.Api.Plumbing;

/// The pages are same-origin and need no CORS. For other sites: reads (GET of contests, boards,
/// awards, the events feed) and the live hub are open to any origin, so an integrator's page can
/// show results; writes only from the origins in <c>Competition:Cors:Origins</c>. Tokens travel in
/// the Authorization header, never in cookies, so no policy allows credentials.
public sealed class CorsPolicies(SecurityOptions options) : ICorsPolicyProvider
{
    static readonly string[] Exposed = ["ETag", "Location", "Retry-After"];
    static readonly TimeSpan PreflightCache = TimeSpan.FromMinutes(10);

    readonly CorsPolicy reads = new CorsPolicyBuilder()
        .AllowAnyOrigin().AllowAnyHeader().WithMethods("GET", "HEAD").WithExposedHeaders(Exposed).SetPreflightMaxAge(PreflightCache).Build();

    // SignalR negotiates with a POST; the hub only sends boards, it changes nothing.
    readonly CorsPolicy hub = new CorsPolicyBuilder()
        .AllowAnyOrigin().AllowAnyHeader().WithMethods("GET", "POST").SetPreflightMaxAge(PreflightCache).Build();

    readonly CorsPolicy writes = new CorsPolicyBuilder()
        .WithOrigins([.. options.CorsOrigins]).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(Exposed).SetPreflightMaxAge(PreflightCache).Build();

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext http, string? policyName)
    {
        var request = http.Request;
        var method = HttpMethods.IsOptions(request.Method) && request.Headers.AccessControlRequestMethod.ToString() is { Length: > 0 } asked
            ? asked
            : request.Method;
        var policy = request.Path.StartsWithSegments("/hubs") ? hub
            : HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? reads
            : writes;
        return Task.FromResult<CorsPolicy?>(policy);
    }
}
