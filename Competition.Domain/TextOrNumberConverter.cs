using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competition.Domain;

/// <summary>Reads a JSON string, or a JSON integer as its invariant digits; always writes a string.
/// For fields that were numbers in events already stored and became text later.</summary>
public sealed class TextOrNumberConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Number when reader.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
            _ => throw new JsonException($"Expected a string or a whole number, found {reader.TokenType}"),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
