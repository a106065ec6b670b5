using Competition.Domain.Entries;

namespace Competition.Domain.Awards;

/// <summary>
/// One rule of a category's honours (荣誉): what it grants, a <paramref name="Title"/> (全国技术能手) or a recommended
/// <paramref name="Grade"/> (晋升技师), and to whom: the <paramref name="Top"/> K ranks (K by the entry's member count from
/// <paramref name="TopByTeamSize"/> when it names that count: top 3 of two-person teams) or the entries whose confirmed
/// award is one of <paramref name="Tiers"/>; then, person by person, the age, sex and group conditions.
/// </summary>
public sealed record HonourRule(
    string? Title = null, Grade? Grade = null, int? Top = null, IReadOnlyDictionary<int, int>? TopByTeamSize = null,
    IReadOnlyList<string>? Tiers = null, int? MaxAge = null, int? MinAge = null, Sex? Sex = null, IReadOnlyList<string>? Groups = null)
{
    /// <summary>How many ranks the rule reaches for an entry of <paramref name="members"/> people.</summary>
    public int? TopFor(int members) => TopByTeamSize is { } bySize && bySize.TryGetValue(members, out var k) ? k : Top;

    /// <summary>What the rule says, for a list of what was granted: "全国技术能手: top 5 (2 members: top 3), age ≤ 35".</summary>
    public string Describe()
    {
        var grants = Title ?? $"recommended for {Camel(Grade!.Value)}";
        List<string> who = [];
        if (Tiers is { Count: > 0 }) who.Add($"award {string.Join(" or ", Tiers)}");
        else
        {
            var sizes = TopByTeamSize is { Count: > 0 } bySize
                ? $" ({string.Join(", ", bySize.OrderBy(p => p.Key).Select(p => $"{p.Key} members: top {p.Value}"))})"
                : "";
            who.Add(Top is null ? sizes.Trim(' ', '(', ')') : $"top {Top}{sizes}");
        }
        if (MinAge is { } min) who.Add($"age ≥ {min}");
        if (MaxAge is { } max) who.Add($"age ≤ {max}");
        if (Sex is { } sex) who.Add(Camel(sex));
        if (Groups is { Count: > 0 }) who.Add($"group {string.Join(" or ", Groups)}");
        return $"{grants}: {string.Join(", ", who)}";
    }

    static string Camel<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
