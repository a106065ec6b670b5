using QRCoder;
using QRCoder.Exceptions;

namespace Competition.Api.Pages;

// QR codes drawn on the server (QRCoder), as SVG so they stay sharp on a projector.
// GET /qr.svg?text=… for public links; POST /qr.svg with the text as the body for secrets
// (judge tokens), which must not sit in a URL or an access log.
public static class QrCode
{
    private const int MaxLength = 1024;

    public static IEndpointRouteBuilder MapQrCode(this IEndpointRouteBuilder app)
    {
        app.MapGet("/qr.svg", (string? text) => Svg(text)).ExcludeFromDescription();
        app.MapPost("/qr.svg", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            return Svg(await reader.ReadToEndAsync(request.HttpContext.RequestAborted));
        }).ExcludeFromDescription();
        return app;
    }

    private static IResult Svg(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
            return TypedResults.Problem(statusCode: 400, title: "Invalid QR text",
                detail: $"text is required and at most {MaxLength} characters long.");
        try
        {
            using var generator = new QRCodeGenerator();
            using QRCodeData data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
            string svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true,
                sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
            return TypedResults.Text(svg, "image/svg+xml");
        }
        catch (DataTooLongException)
        {
            // 1024 Chinese characters are 3072 bytes of UTF-8, more than a QR code holds (2331 at level M).
            return TypedResults.Problem(statusCode: 400, title: "Invalid QR text", detail: "text is too long for a QR code.");
        }
    }
}
