using System.Globalization;
using System.Text.Json;
using Competition.Domain;

namespace Competition.Api.Plumbing;

/// Bodies that may be left out (a draw with no body takes a random seed), read here rather than bound.
public static class OptionalJsonBody
{
    /// The request's JSON object; null when no body (or JSON null) was sent.
    public static async Task<JsonElement?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any())) return null;
        if (!request.HasJsonContentType())
            throw new BadHttpRequestException("Send the body as application/json", StatusCodes.Status415UnsupportedMediaType);
        using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        if (json.RootElement.ValueKind == JsonValueKind.Null) return null;
        if (json.RootElement.ValueKind != JsonValueKind.Object) throw new InvalidCommand("body", "The request body must be a JSON object");
        return json.RootElement.Clone();
    }

    /// A recorded seed: a whole number or a phrase (the domain checks the text); null when absent.
    public static string? Seed(JsonElement? body)
    {
        if (body is not { } b || !b.TryGetProperty("seed", out var seed) || seed.ValueKind == JsonValueKind.Null) return null;
        return seed.ValueKind switch
        {
            JsonValueKind.String => seed.GetString(),
            JsonValueKind.Number when seed.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidCommand("seed", "seed must be a whole number or a text of 1 to 100 characters"),
        };
    }

    /// A number field; null when absent.
    public static decimal? Number(JsonElement? body, string name)
    {
        if (body is not { } b || !b.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw new InvalidCommand(name, $"{name} must be a number");
    }
}
