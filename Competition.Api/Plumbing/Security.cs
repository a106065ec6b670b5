using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Competition.Api.Plumbing;

/// Security headers, the request size limit, CORS and the failed-authentication limiter, in front
/// of everything else (outside the exception handler, so they also see its answers).
public static class Security
{
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var options = SecurityOptions.From(configuration);
        services.AddSingleton(options);
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails += ProblemLanguage.Apply);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, ProblemJsonFallback>());
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, CorsPolicies>();
        services.AddSingleton<AuthFailures>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = TooManyAsync;
            // Per contest and caller: a stranger's requests cannot use up the organizer's imports.
            limiter.AddPolicy(ImportsPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                $"{http.GetRouteValue("cid")}:{Tokens.BearerHash(http)}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ImportsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddOptions<RateLimiterOptions>().Configure<AuthFailures>((limiter, failures) => limiter.GlobalLimiter = failures);
        return services;
    }

    public static WebApplication UseSecurity(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<SecurityOptions>();
        var failures = app.Services.GetRequiredService<AuthFailures>();
        app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(http, options);
                return Task.CompletedTask;
            });
            // Refused before anything reads it, so a route that ignores its body cannot act on one either.
            if (http.Request.ContentLength > options.MaxRequestBodyBytes)
            {
                await ProblemJsonFallback.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "Request too large",
                    $"The body is {http.Request.ContentLength} bytes; at most {options.MaxRequestBodyBytes} are accepted.");
                return;
            }
            await next(http);
            failures.Observe(http);
        });
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    /// The rate-limiting policy of the CSV import.
    public const string ImportsPolicy = "imports";

    static async ValueTask TooManyAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == ImportsPolicy)
        {
            var window = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(window.TotalSeconds)).ToString();
            await ProblemJsonFallback.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many imports",
                $"This contest takes at most {http.RequestServices.GetRequiredService<SecurityOptions>().ImportsPerMinute} CSV imports a minute; try again in {http.Response.Headers.RetryAfter} seconds.");
            return;
        }
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? retryAfter
            : http.RequestServices.GetRequiredService<AuthFailures>().RetryAfter;
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString();
        await ProblemJsonFallback.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many failed sign-ins",
            $"Too many requests from this address were refused for an unknown token; try again in {http.Response.Headers.RetryAfter} seconds.");
    }
}
