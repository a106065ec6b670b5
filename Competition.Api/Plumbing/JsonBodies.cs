using Microsoft.Net.Http.Headers;

namespace Competition.Api.Plumbing;

/// The API reads JSON bodies as UTF-8 JSON and nothing else: a body sent without a JSON content type, or
/// with a charset other than UTF-8, is refused with 415 before any route runs. Wolverine's own reader
/// takes a missing content type, any "application/json…" prefix and any charset, and would then read
/// UTF-16 as UTF-8; the contract (and the minimal-API endpoints before it) refuse them.
/// The API answers JSON whatever Accept says (errors too: the contract promises problem+json), but
/// Wolverine's body reader answers 406 when Accept names no JSON type; the header is widened for it.
public static class JsonBodies
{
    /// Routes whose body is not JSON (the CSV import reads its body itself).
    static readonly string[] OtherBodies = ["/entries/import", "/self/import", "/points/import"];

    public static WebApplication UseJsonBodies(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if (request.Path.StartsWithSegments("/api") && HasBody(request) && !OtherBodies.Any(p => request.Path.Value!.EndsWith(p, StringComparison.Ordinal))
                && !IsUtf8Json(request.ContentType))
            {
                await ProblemJsonFallback.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    "Send the body as JSON: Content-Type: application/json (UTF-8).");
                return;
            }
            if (request.Path.StartsWithSegments("/api") && HasBody(request)) request.Headers.Accept = "application/json, */*";
            await next(http);
        });
        return app;
    }

    static bool HasBody(HttpRequest request) => request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    static bool IsUtf8Json(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type) return false;
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        return json && (media.Charset.Value is null || media.Charset.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }
}
