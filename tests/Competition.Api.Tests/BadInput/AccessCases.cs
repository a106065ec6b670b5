using static Competition.Api.Tests.BadInput.BadCase;

namespace Competition.Api.Tests.BadInput;

/// Who may do what (issue 7): an organizer token works only on its own contest, on every route;
/// a judge writes only their own sheets and only on their panel; the admin key creates contests
/// and nothing else (403: a valid token, not allowed).
public static class AccessCases
{
    const string C = "/api/contests/{c}";
    const string Theory = C + "/stages/{theory}/entries/{bo}";
    const string Plumber = C + "/categories/{plumber}/awards";
    const string Reason = """{"reason":"r"}""";

    public static readonly Dictionary<string, BadCase> All = new()
    {
        ["stage: organizer of contest B"] = Post(C + "/categories/{cat}/stages", "orgB", """{"name":"S","weight":1,"aggregation":{"rule":"mean"}}""", 403),
        ["criterion: organizer of contest B"] = Post(C + "/stages/{practical}/criteria", "orgB", """{"name":"K","maxPoints":5,"kind":"judgement"}""", 403),
        ["award policy: organizer of contest B"] = Put(C + "/categories/{cat}/award-policy", "orgB", """{"tiers":[{"name":"Gold","share":0.2}],"minimumScore":0}""", 403),
        ["judge: organizer of contest B"] = Post(C + "/judges", "orgB", """{"name":"J","organization":"O","categoryIds":["{cat}"]}""", 403),
        ["entry: organizer of contest B"] = Post(C + "/entries", "orgB", """{"categoryId":"{cat}","name":"N","organization":"O"}""", 403),
        ["approve: organizer of contest B"] = Post(C + "/entries/{bo}/approve", "orgB", null, 403),
        ["reject: organizer of contest B"] = Post(C + "/entries/{bo}/reject", "orgB", Reason, 403),
        ["withdraw: organizer of contest B"] = Post(C + "/entries/{bo}/withdraw", "orgB", null, 403),
        ["draw: organizer of contest B"] = Post(C + "/categories/{plumber}/draw", "orgB", "{}", 403),
        ["stage open: organizer of contest B"] = Post(C + "/stages/{practical}/open", "orgB", null, 403),
        ["registration close: organizer of contest B"] = Post(C + "/registration/close", "orgB", null, 403),
        ["propose: organizer of contest B"] = Post(Plumber + "/propose", "orgB", null, 403),
        ["appeal: organizer of contest B"] = Post(Plumber + "/appeals", "orgB", """{"entryId":"{bo}","reason":"r"}""", 403),
        ["resolve: organizer of contest B"] = Post(Plumber + "/appeals/{x}/resolve", "orgB", """{"upheld":false}""", 403),
        ["confirm: organizer of contest B"] = Post(Plumber + "/confirm", "orgB", null, 403),
        ["revoke: organizer of contest B"] = Post(Plumber + "/{bo}/revoke", "orgB", Reason, 403),
        ["reopen: organizer of contest B"] = Post(Theory + "/sheets/{examiner}/reopen", "orgB", Reason, 403),
        ["contest B category: organizer of contest A"] = Post("/api/contests/{cB}/categories", "org", """{"name":"Fitter","entryType":"team"}""", 403),
        ["contest B events: organizer of contest A"] = Get("/api/contests/{cB}/events?after=0", "org", 403),
        ["contest B stage close: judge of contest A"] = Post("/api/contests/{cB}/stages/{stageB}/close", "bothToken", null, 403),

        ["category: admin key"] = Post(C + "/categories", "admin", """{"name":"Fitter","entryType":"team"}""", 403),
        ["events: admin key"] = Get(C + "/events?after=0", "admin", 403),
        ["mark: admin key"] = Put(Theory + "/marks/{written}", "admin", """{"points":10}""", 403),

        ["submit: judge of contest B"] = Post(Theory + "/sheet/submit", "judgeB", null, 403),
        ["submit: judge not on the stage's panel"] = Post(Theory + "/sheet/submit", "panelToken", null, 403),
        ["reopen: judge of contest B"] = Post(Theory + "/sheets/{examiner}/reopen", "judgeB", Reason, 403),
        ["reopen: another judge who is not chief"] = Post(Theory + "/sheets/{examiner}/reopen", "panelToken", Reason, 403),
        ["category sheets: no token"] = Get(C + "/categories/{cat}/sheets", "none", 401),
        ["category sheets: unknown token"] = Get(C + "/categories/{cat}/sheets", "unknown", 401),
        ["category sheets: admin key"] = Get(C + "/categories/{cat}/sheets", "admin", 403),
        ["category sheets: organizer of contest B"] = Get(C + "/categories/{cat}/sheets", "orgB", 403),
        ["category sheets: judge of contest B"] = Get(C + "/categories/{cat}/sheets", "judgeB", 403),
        ["category sheets: judge who is not chief"] = Get(C + "/categories/{cat}/sheets", "bothToken", 403),
        ["category sheets: unknown category"] = Get(C + "/categories/{x}/sheets", "org", 404),
        ["category sheets: category of contest B"] = Get(C + "/categories/{catB}/sheets", "org", 404),
        ["category sheets: unknown contest"] = Get("/api/contests/{x}/categories/{cat}/sheets", "org", 404),
        ["judge view: no token"] = Get("/api/judge/me", "none", 401),
        ["judge view: unknown token"] = Get("/api/judge/me", "unknown", 401),
        // Not a judge's token: the judge's view answers 401 (sign in again) rather than 403.
        ["judge view: organizer token"] = Get("/api/judge/me", "org", 403),
        ["judge view: admin key"] = Get("/api/judge/me", "admin", 403),
    };
}
