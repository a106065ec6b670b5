using System.Net;
using System.Text;

namespace Competition.Api.Printing;

/// A printed page: encoded text only (every name is the organizer's or an entrant's), its own stylesheet and the print
/// button's script from wwwroot (the pages' policy allows no inline script or style).
public static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static IResult Page(bool english, string title, string stylesheet, string bodyClass, string printLabel, string body)
    {
        var html = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"").Append(english ? "en" : "zh-CN").Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/css/print.css\"><link rel=\"stylesheet\" href=\"/css/").Append(stylesheet).Append("\">")
            .Append("<script type=\"module\" src=\"/js/print.js\"></script></head>")
            .Append("<body class=\"").Append(bodyClass).Append("\"><div class=\"actions\"><button type=\"button\" data-print>")
            .Append(E(printLabel)).Append("</button></div>\n").Append(body).Append("</body></html>\n");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
