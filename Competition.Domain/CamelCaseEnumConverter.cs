using System.Text.Json;
using System.Text.Json.Serialization;

namespace Competition.Domain;

/// <summary>Enums travel as the contract's camelCase strings ("trimmedMean"), never as numbers,
/// so stored events keep their meaning if members are reordered.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
