using System.Text;
using System.Text.Json.Nodes;

namespace Competition.Api.Tests.Fuzz;

/// What a generated request may do: be refused (4xx, nothing written), read (anything but 5xx,
/// nothing written), or write: when accepted, exactly Events(answer) events.
public abstract record Expect
{
    public static readonly Expect Refused = new Refusal();
    public static readonly Expect Reads = new Reading();

    sealed record Refusal : Expect;
    sealed record Reading : Expect;
}

public sealed record MayWrite(Func<JsonNode?, long> Events, Action? Accepted = null) : Expect;

public sealed record FuzzRequest(
    string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, byte[]? Body, string? ContentType,
    Expect Expect, string Variant)
{
    /// Enough to replay it by hand: the request line, headers and the start of the body.
    public string Describe()
    {
        var text = new StringBuilder($"{Method} {Clip(Url, 400)}   [{Variant}, expect {Expect.GetType().Name}]\n");
        foreach (var (name, value) in Headers) text.Append($"  {name}: {Clip(value, 300)}\n");
        if (ContentType is not null) text.Append($"  Content-Type: {ContentType}\n");
        if (Body is not null) text.Append($"  body ({Body.Length} bytes): {Clip(Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 2000)), 600)}\n");
        return text.ToString();
    }

    public static string Clip(string text, int max) => text.Length <= max ? text : $"{text[..max]}… ({text.Length} chars)";
}
