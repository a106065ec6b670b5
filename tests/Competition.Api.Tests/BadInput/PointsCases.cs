using static Competition.Api.Tests.BadInput.BadCase;

namespace Competition.Api.Tests.BadInput;

/// Bad requests to the points routes of API.md ("Points contests (积分制)").
public static class PointsCases
{
    const string P = "/api/contests/{cP}";
    const string PF = "/api/contests/{cPF}";
    const string Reasons = P + "/categories/{catP}/reasons";
    const string Reason = """{"code":"NEW","name":"新事由","points":3}""";
    const string Grant = """{"entryId":"{entryP}","reasonCode":"HAZ","occurredOn":"2026-03-01"}""";

    public static readonly Dictionary<string, BadCase> All = new()
    {
        ["reason: code missing"] = Post(Reasons, "orgP", """{"name":"N","points":3}""", 400, true),
        ["reason: code longer than 50"] = Post(Reasons, "orgP", $$"""{"code":"{{new string('x', 51)}}","name":"N","points":3}""", 400, true),
        ["reason: code with a tab"] = Post(Reasons, "orgP", """{"code":"A\tB","name":"N","points":3}""", 400, true),
        ["reason: name missing"] = Post(Reasons, "orgP", """{"code":"NEW","points":3}""", 400, true),
        ["reason: points missing"] = Post(Reasons, "orgP", """{"code":"NEW","name":"N"}""", 400, true),
        ["reason: points zero"] = Post(Reasons, "orgP", """{"code":"NEW","name":"N","points":0}""", 400, true),
        ["reason: points with 3 decimals"] = Post(Reasons, "orgP", """{"code":"NEW","name":"N","points":1.125}""", 400, true),
        ["reason: points is text"] = Post(Reasons, "orgP", """{"code":"NEW","name":"N","points":"3"}""", 400, true),
        ["reason: points huge"] = Post(Reasons, "orgP", """{"code":"NEW","name":"N","points":1e30}""", 400, true),
        ["reason: cap zero"] = Post(Reasons, "orgP", """{"code":"NEW","name":"N","points":3,"capPerEntry":0}""", 400, true),
        ["reason: cap negative"] = Post(Reasons, "orgP", """{"code":"NEW","name":"N","points":3,"capPerEntry":-5}""", 400, true),
        ["reason: duplicate code"] = Post(Reasons, "orgP", """{"code":"train","name":"N","points":3}""", 409),
        ["reason: body is an array"] = Post(Reasons, "orgP", "[1]", 400),
        ["reason: judge token"] = Post(Reasons, "judgeP", Reason, 403),
        ["reason: organizer of contest B"] = Post(Reasons, "orgB", Reason, 403),
        ["reason: no token"] = Post(Reasons, "none", Reason, 401),
        ["reason: unknown token"] = Post(Reasons, "unknown", Reason, 401),
        ["reason: unknown category"] = Post(P + "/categories/{x}/reasons", "orgP", Reason, 404),
        ["reason: unknown contest"] = Post("/api/contests/{x}/categories/{catP}/reasons", "orgP", Reason, 404),
        ["reason: skills contest"] = Post("/api/contests/{c}/categories/{cat}/reasons", "org", Reason, 409),
        ["reason: contest finished"] = Post(PF + "/categories/{catPF}/reasons", "orgPF", Reason, 409),
        ["reasons: skills contest"] = Get("/api/contests/{c}/categories/{cat}/reasons", "none", 409),
        ["reasons: unknown category"] = Get(P + "/categories/{x}/reasons", "none", 404),

        ["grant: entry missing"] = Post(P + "/points", "orgP", """{"reasonCode":"HAZ","occurredOn":"2026-03-01"}""", 400, true),
        ["grant: entry not an id"] = Post(P + "/points", "orgP", """{"entryId":"ann","reasonCode":"HAZ","occurredOn":"2026-03-01"}""", 400, true),
        ["grant: unknown entry"] = Post(P + "/points", "orgP", """{"entryId":"{x}","reasonCode":"HAZ","occurredOn":"2026-03-01"}""", 404),
        ["grant: entry of another contest"] = Post(P + "/points", "orgP", """{"entryId":"{bo}","reasonCode":"HAZ","occurredOn":"2026-03-01"}""", 404),
        ["grant: entry not approved"] = Post(P + "/points", "orgP", """{"entryId":"{pendingP}","reasonCode":"HAZ","occurredOn":"2026-03-01"}""", 409),
        ["grant: unknown reason code"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"NOPE","occurredOn":"2026-03-01"}""", 400, true),
        ["grant: quantity zero"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"HAZ","quantity":0,"occurredOn":"2026-03-01"}""", 400, true),
        ["grant: quantity not whole"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"HAZ","quantity":1.5,"occurredOn":"2026-03-01"}""", 400, true),
        ["grant: quantity is text"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"HAZ","quantity":"2","occurredOn":"2026-03-01"}""", 400, true),
        ["grant: date missing"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"HAZ"}""", 400, true),
        ["grant: date not YYYY-MM-DD"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"HAZ","occurredOn":"01/03/2026"}""", 400, true),
        ["grant: date does not exist"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"HAZ","occurredOn":"2026-02-30"}""", 400, true),
        ["grant: date with a time"] = Post(P + "/points", "orgP", """{"entryId":"{entryP}","reasonCode":"HAZ","occurredOn":"2026-03-01T08:00:00"}""", 400, true),
        ["grant: judge of another category"] = Post(P + "/points", "otherJudgeP", Grant, 403),
        ["grant: judge of contest A"] = Post(P + "/points", "examinerToken", Grant, 403),
        ["grant: organizer of contest B"] = Post(P + "/points", "orgB", Grant, 403),
        ["grant: admin key"] = Post(P + "/points", "admin", Grant, 403),
        ["grant: no token"] = Post(P + "/points", "none", Grant, 401),
        ["grant: contest finished"] = Post(PF + "/points", "orgPF", """{"entryId":"{entryPF}","reasonCode":"TRAIN","occurredOn":"2026-03-01"}""", 409),
        ["grant: skills contest"] = Post("/api/contests/{c}/points", "org", """{"entryId":"{bo}","reasonCode":"HAZ","occurredOn":"2026-03-01"}""", 409),

        ["grants import: missing header"] = Post(P + "/points/import", "orgP", "csv:who,why\n一班,HAZ\n", 400, true),
        ["grants import: malformed CSV (JSON sent as CSV)"] = Post(P + "/points/import", "orgP", "csv:{\"entryId\":\"x\"}", 400, true),
        ["grants import: unknown contest"] = Post("/api/contests/{x}/points/import", "orgP", "csv:entry,reason,quantity,occurredOn,note\n一班,HAZ,1,2026-03-01,\n", 404),
        ["grants import: skills contest"] = Post("/api/contests/{c}/points/import", "org", "csv:entry,reason,quantity,occurredOn,note\nBo,HAZ,1,2026-03-01,\n", 409),
        ["grants import: judge token"] = Post(P + "/points/import", "judgeP", "csv:entry,reason,quantity,occurredOn,note\n一班,HAZ,1,2026-03-01,\n", 403),
        ["grants import: organizer of contest B"] = Post(P + "/points/import", "orgB", "csv:entry,reason,quantity,occurredOn,note\n一班,HAZ,1,2026-03-01,\n", 403),
        ["grants import: no token"] = Post(P + "/points/import", "none", "csv:entry,reason,quantity,occurredOn,note\n一班,HAZ,1,2026-03-01,\n", 401),

        ["revoke points: reason missing"] = Post(P + "/points/{grantP}/revoke", "orgP", "{}", 400, true),
        ["revoke points: judge token"] = Post(P + "/points/{grantP}/revoke", "judgeP", """{"reason":"r"}""", 403),
        ["revoke points: organizer of contest B"] = Post(P + "/points/{grantP}/revoke", "orgB", """{"reason":"r"}""", 403),
        ["revoke points: unknown grant"] = Post(P + "/points/{x}/revoke", "orgP", """{"reason":"r"}""", 404),
        ["revoke points: grant of another contest"] = Post(P + "/points/{grantPF}/revoke", "orgP", """{"reason":"r"}""", 404),
        ["revoke points: contest finished"] = Post(PF + "/points/{grantPF}/revoke", "orgPF", """{"reason":"r"}""", 409),

        ["finish: judge token"] = Post(P + "/finish", "judgeP", null, 403),
        ["finish: organizer of contest B (points)"] = Post(P + "/finish", "orgB", null, 403),
        ["finish: skills contest"] = Post("/api/contests/{c}/finish", "org", null, 409),
        ["finish: unknown contest"] = Post("/api/contests/{x}/finish", "orgP", null, 404),

        ["standings: skills contest"] = Get("/api/contests/{c}/categories/{cat}/standings", "none", 409),
        ["standings: unknown category"] = Get(P + "/categories/{x}/standings", "none", 404),
        ["grant list: no token"] = Get(P + "/categories/{catP}/points", "none", 401),
        ["grant list: unknown category"] = Get(P + "/categories/{x}/points", "orgP", 404),
        ["grant list: organizer of contest B"] = Get(P + "/categories/{catP}/points", "orgB", 403),
        ["standings: top zero"] = Get(P + "/categories/{catP}/standings?top=0", "none", 400),
        ["standings: after negative"] = Get(P + "/categories/{catP}/standings?after=-1", "none", 400),
        ["propose: points contest not finished"] = Post(P + "/categories/{catP}/awards/propose", "orgP", null, 409),
    };
}
