using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competition.Projections.Plumbing;

/// <summary>One serializer setting for working documents and stored views, matching the API's web
/// defaults (camelCase) so a stored view reads back into the same records the endpoints answer.</summary>
public static class ReadModelJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is null");
}
