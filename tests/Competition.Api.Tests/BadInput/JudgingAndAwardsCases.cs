using static Competition.Api.Tests.BadInput.BadCase;

namespace Competition.Api.Tests.BadInput;

/// Bad requests to the judging, awards and event-feed routes of API.md.
public static class JudgingAndAwardsCases
{
    const string Theory = "/api/contests/{c}/stages/{theory}/entries/{bo}";
    const string Practical = "/api/contests/{c}/stages/{practical}/entries/{bo}";
    const string Awards = "/api/contests/{c}/categories/{cat}/awards";
    const string Plumber = "/api/contests/{c}/categories/{plumber}/awards";
    const string Ten = """{"points":10}""";

    public static readonly Dictionary<string, BadCase> All = new()
    {
        ["stage close: never opened"] = Post("/api/contests/{cB}/stages/{stageB}/close", "orgB", null, 409),

        ["mark: above maxPoints"] = Put(Theory + "/marks/{written}", "examinerToken", """{"points":100.5}""", 400, true),
        ["mark: negative"] = Put(Theory + "/marks/{written}", "examinerToken", """{"points":-1}""", 400, true),
        ["mark: points missing"] = Put(Theory + "/marks/{written}", "examinerToken", "{}", 400, true),
        ["mark: points is text"] = Put(Theory + "/marks/{written}", "examinerToken", """{"points":"ten"}""", 400),
        ["mark: points with 3 decimals"] = Put(Theory + "/marks/{written}", "examinerToken", """{"points":7.123}""", 400, true),
        ["mark: points in exponent form"] = Put(Theory + "/marks/{written}", "examinerToken", """{"points":1e-30}""", 400, true),
        ["mark: points past decimal's precision"] = Put(Theory + "/marks/{written}", "examinerToken", """{"points":10.0000000000000000000000000001}""", 400, true),
        ["mark: malformed JSON"] = Put(Theory + "/marks/{written}", "examinerToken", """{"points":""", 400),
        ["mark: no body"] = Put(Theory + "/marks/{written}", "examinerToken", null, 400),
        ["mark: no token"] = Put(Theory + "/marks/{written}", "none", Ten, 401),
        ["mark: unknown token"] = Put(Theory + "/marks/{written}", "unknown", Ten, 401),
        ["mark: organizer is not a judge"] = Put(Theory + "/marks/{written}", "org", Ten, 403),
        ["mark: judge of contest B"] = Put(Theory + "/marks/{written}", "judgeB", Ten, 403),
        ["mark: judge not on the stage's panel"] = Put(Theory + "/marks/{written}", "panelToken", Ten, 403),
        ["mark: entry of the judge's own organization"] = Put("/api/contests/{c}/stages/{theory}/entries/{ann}/marks/{written}", "examinerToken", Ten, 403),
        ["mark: stage closed"] = Put(Practical + "/marks/{wiring}", "bothToken", Ten, 409),
        ["mark: withdrawn entry"] = Put("/api/contests/{c}/stages/{theory}/entries/{late}/marks/{written}", "bothToken", Ten, 409),
        ["mark: unknown criterion"] = Put(Theory + "/marks/{x}", "examinerToken", Ten, 404),
        ["mark: criterion of another stage"] = Put(Theory + "/marks/{wiring}", "bothToken", Ten, 404),
        ["mark: unknown entry"] = Put("/api/contests/{c}/stages/{theory}/entries/{x}/marks/{written}", "examinerToken", Ten, 404),
        ["mark: unknown stage"] = Put("/api/contests/{c}/stages/{x}/entries/{bo}/marks/{written}", "examinerToken", Ten, 404),
        ["mark: unknown contest"] = Put("/api/contests/{x}/stages/{theory}/entries/{bo}/marks/{written}", "examinerToken", Ten, 404),

        ["submit: no token"] = Post(Theory + "/sheet/submit", "none", null, 401),
        ["submit: organizer is not a judge"] = Post(Theory + "/sheet/submit", "org", null, 403),
        ["submit: unknown entry"] = Post("/api/contests/{c}/stages/{theory}/entries/{x}/sheet/submit", "examinerToken", null, 404),
        ["submit: stage closed"] = Post(Practical + "/sheet/submit", "bothToken", null, 409),
        ["submit: entry of the judge's own organization"] = Post("/api/contests/{c}/stages/{theory}/entries/{ann}/sheet/submit", "examinerToken", null, 403),
        ["submit: sheet has no marks"] = Post(Theory + "/sheet/submit", "examinerToken", null, 409),

        ["reopen: reason missing"] = Post(Theory + "/sheets/{examiner}/reopen", "org", "{}", 400, true),
        ["reopen: judge who is not chief"] = Post(Theory + "/sheets/{examiner}/reopen", "bothToken", """{"reason":"r"}""", 403),
        ["reopen: unknown judge"] = Post(Theory + "/sheets/{x}/reopen", "org", """{"reason":"r"}""", 404),
        ["reopen: sheet not submitted"] = Post(Theory + "/sheets/{examiner}/reopen", "org", """{"reason":"r"}""", 409),
        ["reopen: no token"] = Post(Theory + "/sheets/{examiner}/reopen", "none", """{"reason":"r"}""", 401),

        ["propose: stages still open"] = Post(Awards + "/propose", "org", null, 409),
        ["propose: judge token"] = Post(Awards + "/propose", "examinerToken", null, 403),
        ["propose: unknown category"] = Post("/api/contests/{c}/categories/{x}/awards/propose", "org", null, 404),
        ["propose: unknown token"] = Post(Plumber + "/propose", "unknown", null, 401),
        ["notice: no proposal"] = Post(Awards + "/notice", "org", """{"days":7}""", 409),
        ["notice: negative days"] = Post(Plumber + "/notice", "org", """{"days":-1}""", 400, true),
        ["notice: days missing"] = Post(Plumber + "/notice", "org", "{}", 400, true),
        ["notice: days is text"] = Post(Plumber + "/notice", "org", """{"days":"seven"}""", 400),
        ["notice: organizer of contest B"] = Post(Plumber + "/notice", "orgB", """{"days":7}""", 403),
        ["appeal: not under notice"] = Post("/api/contests/{c}/categories/{cat}/awards/appeals", "org", """{"entryId":"{bo}","reason":"r"}""", 409),
        ["appeal: entry of another category"] = Post(Plumber + "/appeals", "org", """{"entryId":"{bo}","reason":"r"}""", 404),
        ["appeal: entry nobody registered"] = Post(Plumber + "/appeals", "org", """{"entryId":"{x}","reason":"r"}""", 404),
        ["appeal: entryId missing"] = Post(Plumber + "/appeals", "org", """{"reason":"r"}""", 400, true),
        ["appeal: entryId not an id"] = Post(Plumber + "/appeals", "org", """{"entryId":"nope","reason":"r"}""", 400, true),
        ["resolve: unknown appeal"] = Post(Plumber + "/appeals/{x}/resolve", "org", """{"upheld":false,"note":"n"}""", 404),
        ["resolve: upheld missing"] = Post(Plumber + "/appeals/{x}/resolve", "org", """{"note":"n"}""", 400, true),
        ["confirm: proposal without notice"] = Post(Plumber + "/confirm", "org", null, 409),
        ["confirm: no proposal"] = Post(Awards + "/confirm", "org", null, 409),
        ["confirm: no token"] = Post(Plumber + "/confirm", "none", null, 401),
        ["confirm: judge token"] = Post(Plumber + "/confirm", "bothToken", null, 403),
        ["revoke: reason missing"] = Post(Plumber + "/{bo}/revoke", "org", "{}", 400, true),
        ["revoke: awards not confirmed"] = Post(Plumber + "/{bo}/revoke", "org", """{"reason":"doping"}""", 409),

        ["events: no token"] = Get("/api/contests/{c}/events?after=0", "none", 401),
        ["events: unknown token"] = Get("/api/contests/{c}/events?after=0", "unknown", 401),
        ["events: judge token"] = Get("/api/contests/{c}/events?after=0", "examinerToken", 403),
        ["events: organizer of contest B"] = Get("/api/contests/{c}/events?after=0", "orgB", 403),
        ["events: after is text"] = Get("/api/contests/{c}/events?after=abc", "org", 400),
    };
}
