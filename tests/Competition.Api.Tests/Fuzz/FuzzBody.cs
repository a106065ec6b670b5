using static Competition.Api.Tests.Fuzz.FuzzText;

namespace Competition.Api.Tests.Fuzz;

/// JSON bodies from a list of fields: valid ones (odd text, optional fields left out, unknown
/// fields added, keys in other casing, a key twice) and ones with exactly one field made wrong.
public static class FuzzBody
{
    public static string Valid(Random r, Field[] fields, Func<string, string> value)
    {
        var members = fields.Where(f => f.Required || r.Next(2) == 0).Select(f => (Key(r, f.Name), f.Valid(r, value))).ToList();
        return Obj(Noise(r, members));
    }

    public static string Invalid(Random r, Field[] fields, Func<string, string> value)
    {
        var wrong = fields[r.Next(fields.Length)];
        var members = new List<(string, string)>();
        foreach (var field in fields)
        {
            if (field == wrong)
            {
                if (field.Invalid(r) is { } raw) members.Add((Key(r, field.Name), raw));
            }
            else if (field.Required || r.Next(2) == 0) members.Add((Key(r, field.Name), field.Valid(r, value)));
        }
        return Obj(Noise(r, members));
    }

    static List<(string Key, string Raw)> Noise(Random r, List<(string Key, string Raw)> members)
    {
        if (r.Next(4) == 0) members.Add((Pick(r), Str(Text(r))));
        // A repeated key: the reader keeps the last, and both are the same here.
        if (r.Next(10) == 0 && members.Count > 0) members.Add(members[r.Next(members.Count)]);
        return [.. members.OrderBy(_ => r.Next())];
    }

    static string Key(Random r, string name) => r.Next(6) == 0 ? name.ToUpperInvariant() : name;
}
