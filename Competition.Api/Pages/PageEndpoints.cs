using Competition.Api.Pages;
using Competition.Api.Printing;
using Microsoft.Extensions.FileProviders;

namespace Microsoft.AspNetCore.Builder;

// The pages are static files in wwwroot; these routes give them their public addresses.
// The pages themselves call only the public API, so anything they do an integrator can do.
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Page(http, "organizer.html")).ExcludeFromDescription();
        app.MapGet("/judge", (HttpContext http) => Page(http, "judge.html")).ExcludeFromDescription();
        app.MapGet("/screen/{contestId}", (HttpContext http) => Page(http, "screen.html")).ExcludeFromDescription();
        app.MapGet("/reveal/{contestId}", (HttpContext http) => Page(http, "reveal.html")).ExcludeFromDescription();
        app.MapPrintPages();
        app.MapQrCode();
        return app;
    }

    private static IResult Page(HttpContext http, string file)
    {
        IFileInfo page = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(file);
        if (!page.Exists) return TypedResults.NotFound();
        // Pages change with each release; browsers revalidate rather than show a stale console.
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8", lastModified: page.LastModified);
    }
}
