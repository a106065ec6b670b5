namespace Competition.Api.Plumbing;

/// Headers on every answer, set as the answer starts (so an exception handler that clears the
/// response cannot drop them). The pages load only their own scripts, styles and images (QR codes
/// come from /qr.svg, or as blob: URLs for secrets) and talk only to their own origin (fetch,
/// SignalR WebSockets); they use no inline script or style attribute. The tablet's service worker is a script of
/// its own origin too, and is given the pages' policy: its own governs what it may fetch. Everything else (JSON, SVG,
/// NDJSON) is data and may run nothing.
public static class SecurityHeaders
{
    const string Pages =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
        "font-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
    const string Data = "default-src 'none'; frame-ancestors 'none'; sandbox";

    public static void Apply(HttpContext http, SecurityOptions options)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        // Nothing the pages link to needs to know where the reader came from.
        headers["Referrer-Policy"] = "no-referrer";
        if (http.Request.Path.Equals(JudgeWorker, StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = Pages;
        }
        else if (!IsPage(http))
        {
            headers.ContentSecurityPolicy = Data;
            headers.XFrameOptions = "DENY";
        }
        else if (IsScreen(http.Request.Path))
        {
            // A read-only board with nothing to click into harm: venues and media may embed it.
            headers.ContentSecurityPolicy = $"{Pages}; frame-ancestors {options.ScreenFrameAncestors}";
        }
        else
        {
            // The console and the tablet act with tokens: never inside someone else's frame.
            headers.ContentSecurityPolicy = $"{Pages}; frame-ancestors 'none'";
            headers.XFrameOptions = "DENY";
        }
    }

    /// The judge tablet's service worker, at the root so that its scope may cover /judge.
    public const string JudgeWorker = "/judge-sw.js";

    // By path too: a 304 revalidating a page has no content type, and the browser would store
    // whatever policy it carries as the page's own.
    static bool IsPage(HttpContext http) =>
        http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
        || http.Request.Path is { Value: "/" or "/judge" } || IsScreen(http.Request.Path)
        || http.Request.Path.Value?.EndsWith(".html", StringComparison.OrdinalIgnoreCase) == true;

    static bool IsScreen(PathString path) =>
        path.StartsWithSegments("/screen") || path.Equals("/screen.html", StringComparison.OrdinalIgnoreCase);
}
