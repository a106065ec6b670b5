using static Competition.Api.Tests.Fuzz.FuzzText;

namespace Competition.Api.Tests.Fuzz;

/// Authorization headers (good, wrong and garbage), content types, and headers that must not
/// change an answer.
public sealed class FuzzHeaders(Random r, IReadOnlyDictionary<string, string> values)
{
    public static readonly string[] JsonTypes = ["application/json", "application/json; charset=utf-8", "application/JSON", "application/problem+json"];

    static readonly string[] NotJson =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/csv",
        "application/json; charset=utf-16", "image/png", "application/jsonx",
        "application/json; charset=bogus", "application/json; charset=utf-7", "application/json; charset=", "application/json; charset=\"\"",
    ];

    static readonly string[] Accepts =
        ["*/*", "text/html", "application/xml", "application/json", "image/png", "garbage;;;q=x", "application/problem+json", "text/plain;q=0.1"];

    public string Token(string key) => key == "admin" ? Support.ApiFactory.AdminKey : values[key];

    /// A header that carries a valid token, in the spellings the contract allows.
    public string Bearer(string key) => r.Next(10) switch
    {
        0 => $"bearer {Token(key)}",
        1 => $"BEARER {Token(key)}",
        2 => $"Bearer   {Token(key)}  ",
        _ => $"Bearer {Token(key)}",
    };

    /// Authorization headers that must be refused: another contest's or role's token, or junk.
    public List<(string, string)> Wrong(RouteSpec spec)
    {
        var wrong = FuzzRoutes.WrongTokens(spec);
        if (r.Next(10) == 0) return [];
        if (r.Next(2) == 0 && wrong.Length > 0) return [("Authorization", Bearer(wrong[r.Next(wrong.Length)]))];
        var valid = spec.ValidTokens.Length > 0 ? Token(spec.ValidTokens[r.Next(spec.ValidTokens.Length)]) : Random43();
        return r.Next(13) switch
        {
            0 => [("Authorization", $"Bearer {Random43()}")],
            1 => [("Authorization", r.Next(2) == 0 ? "Bearer " : "Bearer")],
            2 => [("Authorization", "Basic dXNlcjpwYXNz")],
            3 => [("Authorization", $"Bearer {valid}x")],
            4 => [("Authorization", $"Bearer {valid[..^1]}")],
            5 => [("Authorization", $"Bearer {new string('a', 201)}")],
            6 => [("Authorization", $"Token {valid}")],
            7 => [("Authorization", $"Bearer {Header(Pick(r))}")],
            8 => [("Authorization", $"Bearer {valid}"), ("Authorization", $"Bearer {Random43()}")],
            9 => [("Authorization", $"Bearer {Random43().ToUpperInvariant()}")],
            10 => [("Authorization", "Bearer null")],
            11 => [("Authorization", $"Bearer {valid} {valid}")],
            _ => [("Authorization", $"{Random43()}")],
        };
    }

    public string JsonType() => JsonTypes[r.Next(JsonTypes.Length)];

    /// A Content-Type a JSON body route must refuse; null sends none.
    public string? NotJsonType() => r.Next(8) == 0 ? null : NotJson[r.Next(NotJson.Length)];

    /// Accept, cookies, forwarding and other headers that must not change the outcome.
    public IEnumerable<(string, string)> Noise()
    {
        if (r.Next(3) == 0) yield return ("Accept", Accepts[r.Next(Accepts.Length)]);
        if (r.Next(8) == 0) yield return ("X-Forwarded-For", Header(Pick(r)));
        if (r.Next(8) == 0) yield return ("Cookie", $"session={Header(Pick(r))}");
        if (r.Next(8) == 0) yield return ("Origin", "https://evil.example");
        if (r.Next(10) == 0) yield return ("X-Request-Id", Header(Text(r, 80)));
        if (r.Next(12) == 0) yield return ("If-None-Match", "\"*\"");
    }

    string Random43()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return string.Concat(Enumerable.Range(0, 43).Select(_ => alphabet[r.Next(alphabet.Length)]));
    }

    /// Header values cannot hold control characters (a client refuses to send them).
    public static string Header(string text) => new([.. text.Where(c => c >= 0x20 && c != 0x7f)]);
}
