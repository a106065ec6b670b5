using System.Text;

namespace Competition.Api.Tests.Fuzz;

/// The hostile strings and JSON literals requests are made of. JSON is written by hand (not by a
/// serializer) so it can carry what serializers refuse to write: lone surrogates, NUL, duplicate
/// keys, numbers no .NET type holds.
public static class FuzzText
{
    /// Text a name may legitimately contain, however odd; shown escaped on the pages.
    public static readonly string[] Weird =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>", "javascript:alert(1)",
        "'; DROP TABLE mt_events; --", "Robert'); DELETE FROM mt_streams;--", "1' OR '1'='1", "$1", "%s%n%x", "{{7*7}}", "${jndi:ldap://x}",
        "\u202Eevil\u202C", "مرحبا بالعالم", "שלום", "zero\u200Bwidth\u200D\uFEFFjoin", "👩‍👩‍👧‍👦🏳️‍🌈", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
        "电工一等奖", "Ｆｕｌｌｗｉｄｔｈ", "tab\there", "line\nbreak\r\nend", "back\\slash \"quoted\"", "null", "undefined", "NaN", "-0",
        "\u0000nul", "bell\u0007", "\u00A0nbsp\u00A0", "𝕌𝕟𝕚𝕔𝕠𝕕𝕖", "../../etc/passwd", "%00%2e%2e%2f", "C:\\Windows\\win.ini",
    ];

    public static readonly string[] SqlAndScript = Weird[..11];

    public static string Pick(Random random) => Weird[random.Next(Weird.Length)];

    /// A UUID nobody issued, drawn from the seed so a replay sends the same one.
    public static string Id(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    /// Up to <paramref name="max"/> UTF-16 units of weird text, not blank.
    public static string Text(Random random, int max = 200)
    {
        var text = new StringBuilder(Pick(random));
        while (random.Next(3) == 0 && text.Length < max) text.Append(' ').Append(Pick(random));
        var value = text.ToString();
        if (value.Length > max) value = value[..max];
        if (char.IsHighSurrogate(value[^1])) value = value[..^1];
        return string.IsNullOrWhiteSpace(value) ? "x" : value;
    }

    public static string Long(Random random, int length)
    {
        var piece = Pick(random);
        var text = string.Concat(Enumerable.Repeat(piece, length / piece.Length + 1))[..length];
        return char.IsHighSurrogate(text[^1]) ? text[..^1] + "x" : text;
    }

    /// A JSON string literal. Quotes, backslashes, control characters and unpaired surrogates are
    /// escaped; with <paramref name="escapeAll"/> every non-ASCII character is too.
    public static string Str(string value, bool escapeAll = false)
    {
        var json = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                || char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
            if (c == '"') json.Append("\\\"");
            else if (c == '\\') json.Append("\\\\");
            else if (c < 0x20 || escapeAll && c > 0x7e || char.IsSurrogate(c) && !paired) json.Append($"\\u{(int)c:x4}");
            else json.Append(c);
        }
        return json.Append('"').ToString();
    }

    /// A string holding a lone surrogate, which only an escape can put into JSON.
    public static string LoneSurrogate(Random random) => random.Next(2) == 0 ? "half \ud83d of an emoji" : "\udc00tail";

    public static string Obj(IEnumerable<(string Key, string Raw)> members) =>
        "{" + string.Join(",", members.Select(m => $"{Str(m.Key)}:{m.Raw}")) + "}";

    public static string Arr(IEnumerable<string> raws) => "[" + string.Join(",", raws) + "]";

    /// JSON of every type but the one a field wants.
    public static readonly string[] OtherTypes = ["5", "-1.5", "true", "false", "{}", "[]", "[\"a\"]", "{\"a\":1}"];
    public static readonly string[] NotNumbers = ["\"12\"", "\"NaN\"", "\"Infinity\"", "\"-0\"", "true", "{}", "[]", "[1]"];
    public static readonly string[] NotBools = ["\"true\"", "1", "0", "\"yes\"", "{}", "[]"];

    /// Numbers no decimal or int holds, and JSON's non-numbers.
    public static readonly string[] HugeNumbers =
        ["1e308", "-1e308", "1.7976931348623157e309", "123456789012345678901234567890123456789", "-99999999999999999999999999999999"];

    /// Bodies no JSON reader accepts.
    public static string Malformed(Random random, string valid) => random.Next(7) switch
    {
        0 => valid[..(1 + random.Next(Math.Max(1, valid.Length - 1)))],
        1 => "{\"name\": NaN}",
        2 => "{'name': 'single quotes'}",
        3 => new string('[', 5000) + new string(']', 5000),
        4 => valid + "}",
        5 => "{\"a\":1,}",
        _ => "{\"name\":\"" + new string('x', 10) + "\" \"kind\":1}",
    };

    public static byte[] Garbage(Random random)
    {
        var bytes = new byte[random.Next(1, 600)];
        random.NextBytes(bytes);
        bytes[0] = 0xff; // never UTF-8, so never JSON
        return bytes;
    }
}
