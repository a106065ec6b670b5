using System.Globalization;
using static Competition.Api.Tests.Fuzz.FuzzText;

namespace Competition.Api.Tests.Fuzz;

/// A field of a request body: a generator of values the route accepts (however odd) and of values
/// it must refuse whatever the state. Invalid answers null to leave a required field out.
public abstract record Field(string Name, bool Required)
{
    public abstract string Valid(Random r, Func<string, string> value);

    /// Values that must be refused; null means "leave the field out", offered only when required.
    public string? Invalid(Random r) => Required && r.Next(6) == 0 ? (r.Next(2) == 0 ? null : "null") : Wrong(r);

    protected abstract string Wrong(Random r);

    protected static string One(Random r, params string[] choices) => choices[r.Next(choices.Length)];
}

public sealed record TextField(string Name, bool Required = true, int Max = 200) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value) =>
        r.Next(12) == 0 ? Str(LoneSurrogate(r)) : Str(Text(r, Max), escapeAll: r.Next(4) == 0);

    protected override string Wrong(Random r) => r.Next(3) switch
    {
        0 when Required => One(r, "\"\"", "\"   \"", "\"\\t\\n\"", "\"\\u00a0\\u3000\""),
        1 => Str(Long(r, r.Next(8) == 0 ? r.Next(100_000, 1_000_000) : Max + 1 + r.Next(500))),
        _ => One(r, OtherTypes),
    };
}

public sealed record ChoiceField(string Name, string[] Options, bool Required = true) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value)
    {
        var option = One(r, Options);
        return Str(r.Next(4) == 0 ? option.ToUpperInvariant() : option);
    }

    protected override string Wrong(Random r) => r.Next(4) switch
    {
        0 => One(r, "\"circus\"", "\"\"", "\"1\"", "\"0\"", "\"99\"", Str("<script>alert(1)</script>"), Str("' OR 1=1 --")),
        1 => Str(One(r, Options) + One(r, "\u200B", "x", "🙂", "\u0000")),
        2 => Str(One(r, Options) + One(r, ",", ", ", "|") + One(r, Options)), // enum "flags" syntax: exact names only
        _ => One(r, OtherTypes),
    };
}

/// A decimal (or, with Integer, an int) between Min and Max; Exclusive makes Min itself invalid.
/// Decimals, when set, is the precision the route keeps: a value with more is refused.
public sealed record NumberField(string Name, decimal Min, decimal Max, bool Exclusive = false, bool Integer = false,
    bool Required = true, bool TextOk = false, int? Decimals = null) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value)
    {
        var low = Exclusive ? Min + (Integer ? 1 : 0.0001m) : Min;
        if (Integer) return r.NextInt64((long)low, (long)Max + 1).ToString(CultureInfo.InvariantCulture);
        var number = Math.Max(low, Math.Round(low + (Max - low) * (decimal)r.NextDouble(), Math.Min(r.Next(0, 6), Decimals ?? 6)));
        return r.Next(6) switch
        {
            0 when number == 0 => "-0",
            1 => number.ToString("0.0000000000", CultureInfo.InvariantCulture),
            2 when number >= 1 && number == Math.Round(number) => (number / 10).ToString(CultureInfo.InvariantCulture) + "e1",
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
    }

    protected override string Wrong(Random r) => r.Next(Decimals is null ? 4 : 5) switch
    {
        4 => One(r, $"{Max}.0000000000000000000000000001", "7.123456789", "1e-30", "0.001", $"{Min}.999"),
        0 => (Exclusive ? Min : Min - (Integer ? 1 : 0.0001m)).ToString(CultureInfo.InvariantCulture),
        1 => (Max + (Integer ? 1 : 0.0001m)).ToString(CultureInfo.InvariantCulture),
        2 => Integer ? One(r, [.. HugeNumbers, "1.5", "2147483648", "-2147483649"]) : One(r, HugeNumbers),
        _ => TextOk ? One(r, "\"abc\"", "\"1e3\"", "true", "{}", "[]", "1.5") : One(r, NotNumbers),
    };
}

public sealed record FlagField(string Name, bool Required = true) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value) => r.Next(2) == 0 ? "true" : "false";

    protected override string Wrong(Random r) => One(r, NotBools);
}

/// An id from the world (<paramref name="Keys"/> name its values) or, invalid, anything but an id.
public sealed record IdField(string Name, string[] Keys, bool Required = true) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value) => Str(value(One(r, Keys)));

    protected override string Wrong(Random r) =>
        One(r, "\"nope\"", "\"\"", "5", "{}", "[]", Str(Pick(r)), "\"00000000-0000-0000-0000-00000000000g\"");
}

public sealed record IdsField(string Name, string[] Keys, bool Required = true) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value) =>
        Arr(Enumerable.Range(0, r.Next(1, 3)).Select(_ => Str(value(One(r, Keys)))));

    protected override string Wrong(Random r) => r.Next(3) switch
    {
        0 when Required => "[]",
        1 => Arr([Str(Id(r)), One(r, "\"nope\"", "5", "null", "{}", Str(Pick(r)))]),
        _ => One(r, "\"a\"", "5", "{}", "true"),
    };
}

/// A list of names (an entry's members): at most MaxCount, none blank.
public sealed record TextsField(string Name, int MaxCount, bool Required = false) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value) =>
        Arr(Enumerable.Range(0, r.Next(0, 4)).Select(_ => Str(Text(r))));

    protected override string Wrong(Random r) => r.Next(3) switch
    {
        0 => Arr(Enumerable.Range(0, MaxCount + 1).Select(_ => Str(Text(r, 20)))),
        1 => Arr([Str(Text(r)), One(r, "\"\"", "\" \"", "5", "{}", Str(Long(r, 201)))]),
        _ => One(r, "\"a;b\"", "5", "{}", "true"),
    };
}

/// A nested object (a stage's aggregation): invalid when any field inside is.
public sealed record ObjectField(string Name, Field[] Fields, bool Required = true) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value) => FuzzBody.Valid(r, Fields, value);

    protected override string Wrong(Random r) => r.Next(3) == 0 ? One(r, "\"mean\"", "[]", "5") : FuzzBody.Invalid(r, Fields, _ => "x");
}

/// A list of objects (award tiers): 1..MaxCount items.
public sealed record ListField(string Name, Field[] Fields, int MaxCount, bool Required = true) : Field(Name, Required)
{
    public override string Valid(Random r, Func<string, string> value) =>
        Arr(Enumerable.Range(0, r.Next(1, 3)).Select(_ => FuzzBody.Valid(r, Fields, value)));

    protected override string Wrong(Random r) => r.Next(4) switch
    {
        0 => One(r, "[]", "[null]", "\"gold\"", "5", "{}"),
        1 => Arr(Enumerable.Range(0, MaxCount + 1).Select(i => FuzzBody.Valid(r, Fields, _ => $"x{i}"))),
        _ => Arr([FuzzBody.Invalid(r, Fields, _ => "x")]),
    };
}
