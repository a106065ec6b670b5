using System.Text.RegularExpressions;
using static Competition.Api.Tests.Fuzz.FuzzText;

namespace Competition.Api.Tests.Fuzz;

/// Paths: the world's ids filled in, one id spoiled, a route bent out of shape, or none at all.
public sealed partial class RequestGenerator
{
    string Fill(string template) => Slots().Replace(template, m => values[m.Groups[1].Value]);

    /// One id of the path made unknown (a fresh UUID) or not an id at all.
    string SpoilId(string template)
    {
        var slots = Slots().Matches(template);
        var spoiled = slots[r.Next(slots.Count)].Value;
        return Slots().Replace(template, m => m.Value == spoiled ? (r.Next(2) == 0 ? Id(r) : GarbageId()) : values[m.Groups[1].Value]);
    }

    string GarbageId()
    {
        var text = r.Next(5) switch
        {
            0 => Text(r, 60),
            1 => new string('9', r.Next(30, 400)),
            2 => "-1",
            3 => Id(r).Replace("-", "")[..20],
            _ => Pick(r),
        };
        // Dot segments would be folded away by the client, and alternative spellings of a UUID are still ids.
        if (Guid.TryParse(text, out _) || text.Trim('.').Length == 0) text = "x" + text;
        return UrlPart(text);
    }

    string SpoilRoute(string path)
    {
        var junk = "z" + UrlPart(Text(r, 30));
        var segments = path.Split('/');
        var literal = Enumerable.Range(1, segments.Length - 1).Where(i => segments[i].Length > 0 && !Guid.TryParse(segments[i], out _)).ToList();
        if (r.Next(2) == 0 || literal.Count == 0) return path.TrimEnd('/') + "/" + junk;
        segments[literal[r.Next(literal.Count)]] = junk;
        return string.Join("/", segments);
    }

    FuzzRequest UnknownRoute()
    {
        var junk = "z" + UrlPart(Text(r, 40));
        var path = One(
        [
            $"/api/{junk}", Fill("/api/contests/{c}/") + junk, $"/api/contests/{junk}/categories", "/api/v2/contests",
            Fill("/api/contests/{c}/categories/{cat}/") + junk, Fill("/api/contests/{c}/events/") + junk,
            $"/hubs/{junk}", $"/{junk}", $"/js/{junk}.js", "/.env", "/appsettings.json", "/Competition.Api.dll", "/wwwroot/organizer.html",
        ]);
        var request = new Draft(One(["GET", "POST", "PUT", "DELETE", "PATCH"]), path,
            path.StartsWith("/api/", StringComparison.Ordinal) ? Expect.Refused : Expect.Reads, "unknown route");
        if (r.Next(2) == 0) request.Headers.Add(("Authorization", headers.Bearer(One(FuzzRoutes.TokenKeys))));
        if (request.Method is "POST" or "PUT" or "PATCH" && r.Next(2) == 0) request.Json(FuzzBody.Valid(r, [new TextField("name")], Value), headers.JsonType());
        request.Headers.AddRange(headers.Noise());
        return request.Build();
    }

    /// Escaped for a URL; NUL is dropped because the in-memory client refuses to send it
    /// (Kestrel answers such a request line 400 before the app sees it).
    static string UrlPart(string text) => Uri.EscapeDataString(text.Replace("\0", ""));

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slots();
}
