using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Competition.Api.Plumbing;

/// The contract promises problem+json for every error, whatever the client's Accept header says;
/// ASP.NET's own writer declines when Accept names neither JSON type, and the status-code pages
/// would then answer text/plain. Registered after it, this writer takes what it declines.
public sealed class ProblemJsonFallback(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context); // as ASP.NET's own writer does: the answer's language
        return new(http.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", http.RequestAborted));
    }

    /// For middleware that answers before the exception handler (body too large, too many failures).
    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = http,
            ProblemDetails = new() { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
