using System.Globalization;
using System.Text;
using static Competition.Api.Tests.Fuzz.FuzzText;

namespace Competition.Api.Tests.Fuzz;

/// Makes requests from a seed: the same seed against a freshly built <see cref="FuzzWorld"/> gives
/// the same requests. Each picks a route of API.md and one way to spoil it (or none), and says
/// what the answer may do to the event log.
public sealed partial class RequestGenerator
{
    readonly Random r;
    readonly IReadOnlyDictionary<string, string> values;
    readonly FuzzHeaders headers;
    readonly byte[] oversized;
    // The points each judge's sheet holds for the marked criterion, so a resend is known to write nothing.
    readonly Dictionary<string, decimal> marks;

    public RequestGenerator(int seed, FuzzWorld world)
    {
        r = new Random(seed);
        values = world.Values;
        headers = new FuzzHeaders(r, values);
        oversized = new byte[world.MaxBodyBytes + 1 + r.Next(1000)];
        Array.Fill(oversized, (byte)' ');
        marks = new(world.Marks);
    }

    public FuzzRequest Next()
    {
        if (r.Next(25) == 0) return UnknownRoute();
        var spec = FuzzRoutes.All[r.Next(FuzzRoutes.All.Length)];
        var kind = Kind(spec);
        var request = new Draft(spec.Method, Fill(spec.Path), spec.Accepts == Accepts.Reads ? Expect.Reads : Expect.Refused, kind);
        if (spec.Role != Role.Anyone) request.Headers.Add(("Authorization", headers.Bearer(One(spec.ValidTokens))));
        request.Headers.AddRange(headers.Noise());
        if (spec.Body is not null) request.Json(FuzzBody.Valid(r, spec.Body, Value), headers.JsonType());
        else if (spec.Accepts == Accepts.Never && r.Next(6) == 0) request.Raw(Garbage(r), One(["application/json", "text/plain"]));

        switch (kind)
        {
            case "valid": Valid(spec, request); break;
            case "token":
                request.Headers.RemoveAll(h => h.Name == "Authorization");
                request.Headers.AddRange(headers.Wrong(spec));
                request.Expect = Expect.Refused;
                break;
            case "id": request.Path = SpoilId(spec.Path); break;
            case "field": request.Json(FuzzBody.Invalid(r, spec.Body!, Value), request.ContentType); break;
            case "malformed":
                if (r.Next(3) == 0) request.Raw(Garbage(r), request.ContentType ?? "text/csv");
                else request.Json(Malformed(r, Encoding.UTF8.GetString(request.Body ?? "{}"u8.ToArray())), request.ContentType ?? "text/csv");
                break;
            case "content-type": request.ContentType = headers.NotJsonType(); break;
            case "no-body":
                if (r.Next(3) == 0) request.Body = null;
                else request.Json(r.Next(2) == 0 ? "" : One(["null", "[]", "\"x\"", "5", "true"]), request.ContentType);
                break;
            case "csv-header": request.Raw(Encoding.UTF8.GetBytes(One(["cat,who,org\nOpen cat,Eve,Org E\n", "name\nEve\n", "\uFEFF", "\n\n\n", ",,,\n,,,\n"])), "text/csv"); break;
            // Another method the path has no route for: a path read by GET and written by PUT (a scheme) takes both.
            case "method": request.Method = One([.. new[] { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS" }.Where(m => m != spec.Method
                && !FuzzRoutes.All.Any(other => other.Path == spec.Path && (other.Method == m || other.Method == "GET" && m == "HEAD")))]); break;
            case "route": request.Path = SpoilRoute(request.Path); break;
            case "oversized": request.Raw(oversized, "application/json"); break;
        }
        if (kind is "route" && request.Path.StartsWith("/api/", StringComparison.Ordinal) || kind is "oversized") request.Expect = Expect.Refused;
        return request.Build();
    }

    string Kind(RouteSpec spec)
    {
        if (r.Next(150) == 0) return "oversized";
        var kinds = new List<(string Kind, int Weight)> { ("method", 1), ("route", 1) };
        if (spec.Accepts != Accepts.Never) kinds.Add(("valid", spec.Accepts == Accepts.Reads ? 3 : 6));
        if (spec.Role != Role.Anyone) kinds.Add(("token", 3));
        if (Slots().IsMatch(spec.Path)) kinds.Add(("id", 3));
        if (spec.Body is not null) kinds.AddRange([("field", 6), ("malformed", 2), ("content-type", 2)]);
        if (spec.Body is not null && !spec.BodyOptional || spec.Accepts == Accepts.Import) kinds.Add(("no-body", 1));
        if (spec.Accepts == Accepts.Import) kinds.AddRange([("csv-header", 2), ("malformed", 1)]);
        var pick = r.Next(kinds.Sum(k => k.Weight));
        foreach (var (kind, weight) in kinds)
            if ((pick -= weight) < 0) return kind;
        throw new InvalidOperationException("unreachable");
    }

    void Valid(RouteSpec spec, Draft request)
    {
        switch (spec.Accepts)
        {
            case Accepts.Writes: request.Expect = new MayWrite(_ => 1); break;
            case Accepts.Import:
                request.Raw(Encoding.UTF8.GetBytes(Csv()), One(["text/csv", "text/plain", "application/octet-stream"]));
                request.Expect = new MayWrite(answer => (long?)answer?["imported"] ?? -1);
                break;
            case Accepts.Mark: Mark(spec, request); break;
            case Accepts.Reads when spec.Path == "/qr.svg" && spec.Method == "GET":
                request.Path += "?text=" + UrlPart(QrText());
                break;
            case Accepts.Reads when spec.Path == "/qr.svg":
                request.Raw(r.Next(5) == 0 ? Garbage(r) : Encoding.UTF8.GetBytes(QrText()), One(["text/plain", "application/json"]));
                break;
            case Accepts.Reads when spec.Path.EndsWith("/events", StringComparison.Ordinal):
                request.Path += One(["", "?after=0", $"?after={r.Next(500)}", "?after=-1", "?after=abc", "?after=1e3", "?after=99999999999999999999", $"?after={UrlPart(Pick(r))}"]);
                break;
        }
    }

    void Mark(RouteSpec spec, Draft request)
    {
        var judge = One(spec.ValidTokens);
        var raw = new NumberField("points", 0, 100).Valid(r, Value);
        var points = decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        var sheet = $"{judge} {request.Path}";
        request.Headers.RemoveAll(h => h.Name == "Authorization");
        request.Headers.Add(("Authorization", headers.Bearer(judge)));
        if (r.Next(8) == 0) request.Headers.Add(("If-Match", One(["\"1\"", "\"999\"", "W/\"2\"", "abc", "\"\""])));
        request.Json(Obj([("points", raw), .. r.Next(4) == 0 ? new[] { ("note", Str(Pick(r))) } : []]), headers.JsonType());
        request.Expect = new MayWrite(_ => marks.GetValueOrDefault(sheet, -1) == points ? 0 : 1, () => marks[sheet] = points);
    }

    string Csv()
    {
        static string Cell(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
        var rows = Enumerable.Range(0, r.Next(1, 4)).Select(_ =>
            string.Join(",", Cell(One(["Open cat", "OPEN CAT", values["catF"]])), Cell(Text(r)), Cell(Text(r)), Cell($"{Text(r, 50)};{Text(r, 50)}")));
        return "category,name,organization,members\n" + string.Join("\n", rows) + "\n";
    }

    string QrText() => r.Next(5) switch
    {
        0 => Long(r, r.Next(1000, 3000)),
        1 => string.Concat(Enumerable.Repeat("电工一等奖", r.Next(100, 205))),
        2 => "",
        _ => Text(r, 300),
    };

    string Value(string key) => values[key];

    T One<T>(T[] choices) => choices[r.Next(choices.Length)];

    sealed class Draft(string method, string path, Expect expect, string variant)
    {
        public string Method = method, Path = path;
        public Expect Expect = expect;
        public readonly List<(string Name, string Value)> Headers = [];
        public byte[]? Body;
        public string? ContentType;

        public void Json(string json, string? contentType) => Raw(Encoding.UTF8.GetBytes(json), contentType);

        public void Raw(byte[] body, string? contentType) => (Body, ContentType) = (body, contentType);

        public FuzzRequest Build() => new(Method, Path, Headers, Body, Body is null ? null : ContentType, Expect, variant);
    }
}
