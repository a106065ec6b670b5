using System.Security.Cryptography;
using System.Text;

namespace Competition.Api.Plumbing;

/// Bearer tokens: 256 random bits, shown once, stored only as a SHA-256 hash.
/// A fast hash is enough because the token itself carries full entropy (no password to brute-force).
public static class Tokens
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// Constant time, so a timing side channel cannot reveal how much of a hash matched.
    public static bool SameHash(string hash, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(storedHash));

    /// The hash of the request's bearer token, worked out once per request: the failure limiter, the
    /// access check and the limiter's record of proven tokens all ask for it.
    public static string? BearerHash(HttpContext http)
    {
        if (http.Items.TryGetValue(typeof(Tokens), out var memo)) return (string?)memo;
        var hash = FromRequest(http.Request) is { } token ? Hash(token) : null;
        http.Items[typeof(Tokens)] = hash;
        return hash;
    }

    public static string? FromRequest(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var token = header[scheme.Length..].Trim();
        return token.Length is > 0 and <= 200 ? token : null;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
