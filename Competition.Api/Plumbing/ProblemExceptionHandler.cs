using NotFound = Competition.Domain.NotFound;
using System.Net.Sockets;
using System.Text.Json;
using Competition.Domain;
using Competition.Api.Reads;
using Competition.Api.Writing;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Competition.Api.Plumbing;

/// The one place where exceptions become problem+json: 400 invalid, 401, 403, 404, 409 rule or
/// concurrency conflict, 503 database away. Anything a client can send must land in a 4xx here.
/// The texts are English; <see cref="ProblemLanguage"/> writes them in Chinese when the request asks for it.
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = Classify(exception);
        if (status >= 500) log.LogError(exception, "Request {Path} failed", http.Request.Path);
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) http.Response.Headers.RetryAfter = exception is ReadBehind ? "1" : "2";
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        if (exception is InvalidCommand invalid)
            problem.Extensions["errors"] = invalid.Errors;
        return await problems.TryWriteAsync(new() { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    static (int Status, string Title, string Detail) Classify(Exception e) => e switch
    {
        InvalidCommand x => (400, "Invalid request", x.Message),
        BadHttpRequestException x => (x.StatusCode, x.StatusCode == 413 ? "Request too large" : "Malformed request",
            x.InnerException is JsonException j ? j.Message : x.Message),
        JsonException x => (400, "Malformed request", x.Message),
        Unauthenticated x => (401, "Not signed in", x.Message),
        NotAllowed x => (403, "Not allowed", x.Message),
        NotFound x => (404, "Not found", x.Message),
        RuleViolation x => (409, "Not allowed in the current state", x.Message),
        StreamConflict => (409, "Changed by someone else", "The data changed since you read it; reload and try again."),
        ReadBehind x => (503, "Not up to date yet", x.Message),
        _ when DatabaseAway(e) => (503, "Temporarily unavailable", "The database cannot be reached right now; try again in a moment."),
        _ => (500, "Unexpected error", "Something went wrong on the server; the request was not applied."),
    };

    /// Marten and Wolverine wrap the driver's errors (MartenCommandException → NpgsqlException → SocketException),
    /// so the whole chain is looked at: a connection refused, cut or timed out, or a server shutting down, means
    /// "try again", not a fault of the request.
    static bool DatabaseAway(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x is StoreUnavailable or SocketException or TimeoutException or NpgsqlException { IsTransient: true }
                or PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "08000" or "08003" or "08006" or "08001" or "08004" })
                return true;
        return false;
    }
}
