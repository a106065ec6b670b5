using Competition.Domain;

namespace Competition.Api.Plumbing;

/// Collects every problem of a request body at once, so the organizer fixes them in one go;
/// throws <see cref="InvalidCommand"/> (400 with errors by field) when any was found.
public sealed class RequestCheck
{
    public const int MaxText = 200;
    readonly Dictionary<string, List<string>> errors = [];

    public string Text(string? value, string field, int max = MaxText)
    {
        // Blank once invisible characters are taken out (a zero-width space) is as good as missing.
        if (string.IsNullOrWhiteSpace(value) || Organizations.Normalize(value).Length == 0) return Fail(field, $"{field} is required", "");
        return Storable(value, field, max) ? value.Trim() : "";
    }

    public string? OptionalText(string? value, string field, int max = MaxText) =>
        value is null ? null : Storable(value, field, max) ? value.Trim() : null;

    /// PostgreSQL's jsonb cannot hold NUL, and text with other control characters or half a
    /// surrogate pair (or a U+FFFD) is no name anyone typed; tabs and line breaks are fine (reasons, notes).
    bool Storable(string value, string field, int max)
    {
        if (value.Length > max) return Fail(field, $"{field} is longer than {max} characters", false);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                return Fail(field, $"{field} contains a control character (U+{(int)c:X4})", false);
            if (c == '\uFFFD') // what a decoder leaves for a byte it could not read: the text was sent in another encoding
                return Fail(field, $"{field} contains U+FFFD, the mark of text decoded in the wrong encoding; send it as UTF-8", false);
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) return Fail(field, $"{field} contains half of a surrogate pair", false);
        }
        return true;
    }

    /// A JSON body of <c>null</c> binds as null: refused like any other body that is not the object the route takes.
    public static T Body<T>(T? body) where T : class =>
        body ?? throw new InvalidCommand("body", "The request body must be a JSON object");

    public T Required<T>(T? value, string field) where T : struct =>
        value ?? Fail(field, $"{field} is required", default(T));

    /// A JSON number with at most 2 decimals and no exponent, read from its own text (the contract's precision).
    public decimal Points(System.Text.Json.JsonElement? value, string field)
    {
        if (value is not { ValueKind: System.Text.Json.JsonValueKind.Number } number)
            return Fail(field, value is null or { ValueKind: System.Text.Json.JsonValueKind.Null } ? $"{field} is required" : $"{field} must be a number", 0m);
        var text = number.GetRawText();
        var dot = text.IndexOf('.');
        var decimals = dot < 0 ? 0 : text.Length - dot - 1 - (text.Length - text.TrimEnd('0').Length);
        if (text.AsSpan().IndexOfAny('e', 'E') >= 0 || decimals > 2
            || !decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out var points))
            return Fail(field, $"{field} must be a number with at most 2 decimals, e.g. 7.5", 0m);
        return points;
    }

    /// A calendar date written YYYY-MM-DD, nothing else (no time, no other order).
    public DateOnly Date(string? value, string field) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : Fail(field, $"{field} must be a date written YYYY-MM-DD, e.g. 2026-03-01", default(DateOnly));

    public DateOnly? OptionalDate(string? value, string field) => value is null ? null : Date(value, field);

    public Guid Id(string? value, string field) =>
        Guid.TryParse(value, out var id) ? id : Fail(field, $"{field} must be an id", Guid.Empty);

    public IReadOnlyList<Guid> Ids(IReadOnlyList<string>? values, string field, bool required)
    {
        if (values is null || values.Count == 0)
            return required ? Fail<IReadOnlyList<Guid>>(field, $"{field} needs at least one id", []) : [];
        return [.. values.Select((v, i) => Id(v, $"{field}[{i}]"))];
    }

    /// One name of the contract's list, whole (in any letter case): not a number, and not a list of names,
    /// which Enum.TryParse would read as flags and quietly resolve to one of them.
    public T OneOf<T>(string? value, string field) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(name => string.Equals(name, value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } found
            ? Enum.Parse<T>(found)
            : Fail(field, $"{field} must be one of: {string.Join(", ", Enum.GetNames<T>().Select(Camel))}", default(T));

    public void Rule(bool ok, string field, string message)
    {
        if (!ok) Fail(field, message, 0);
    }

    public void ThrowIfInvalid()
    {
        if (errors.Count == 0) return;
        var message = string.Join(" ", errors.SelectMany(e => e.Value));
        throw new InvalidCommand(message, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    T Fail<T>(string field, string message, T fallback)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
        return fallback;
    }

    static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
