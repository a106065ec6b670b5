namespace Competition.Api.Printing;

public static class PrintPages
{
    /// Server-rendered pages to print (A4): they read only what the public awards view and contest hold.
    public static IEndpointRouteBuilder MapPrintPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/contests/{cid}/categories/{catId}/notice", NoticePage.Handle).ExcludeFromDescription();
        app.MapGet("/contests/{cid}/categories/{catId}/certificates", CertificatesPage.Handle).ExcludeFromDescription();
        return app;
    }
}
