namespace Competition.Api.Tests.Fuzz;

public enum Role { Anyone, Admin, Organizer, Judge, OrganizerOrJudge }

/// What a well-formed request to the route may do. Never: it would change a state the other
/// requests rely on (open a stage, confirm awards), so only requests that must fail are made.
public enum Accepts { Never, Reads, Writes, Import, Mark }

/// A route of API.md aimed at a thing of <see cref="FuzzWorld"/> ({key} is one of its values).
/// Tokens names the valid tokens when the path alone does not tell (judges).
public sealed record RouteSpec(string Method, string Path, Role Role, Accepts Accepts, Field[]? Body = null,
    bool BodyOptional = false, string[]? Tokens = null)
{
    public string[] ValidTokens => Tokens ?? Role switch
    {
        Role.Admin => ["admin"],
        Role.Organizer or Role.OrganizerOrJudge =>
            [Path.Contains("{cP}") ? "orgP" : Path.Contains("{cF}") ? "orgF" : Path.Contains("{cB}") ? "orgB" : Path.Contains("{cL}") ? "orgL" : "org"],
        _ => [],
    };
}

public static class FuzzRoutes
{
    const string A = "/api/contests/{c}";
    const string F = "/api/contests/{cF}";
    const string Sheet = A + "/stages/{theory}/entries/{bo}";
    const string L = "/api/contests/{cL}";
    const string Unit = L + "/rounds/{round}/entries/{unit}";
    const string P = "/api/contests/{cP}";

    static readonly Field[] Name = [new TextField("name")];
    static readonly Field[] Reason = [new TextField("reason", Max: 1000)];
    static readonly Field[] LongReason = [new TextField("reason", Max: 2000)];
    static readonly Field[] Stage =
    [
        new TextField("name"), new NumberField("weight", 0, 100, Exclusive: true),
        new ObjectField("aggregation", [new ChoiceField("rule", ["mean", "trimmedMean", "median"]), new NumberField("trim", 0, 10, Integer: true, Required: false)]),
        new FlagField("blind", Required: false),
    ];
    static readonly Field[] Judge =
    [
        new TextField("name"), new TextField("organization"), new IdsField("categoryIds", ["catF"]),
        new IdsField("stageIds", ["stageF"], Required: false), new FlagField("chief", Required: false),
    ];
    static readonly Field[] Entry =
        [new IdField("categoryId", ["catF"]), new TextField("name"), new TextField("organization"), new TextsField("members", 50)];
    static readonly Field[] Policy =
    [
        new ListField("tiers", [new TextField("name"), new NumberField("share", 0, 100, Exclusive: true)], 20),
        new NumberField("minimumScore", 0, 100, Required: false),
    ];

    public static readonly RouteSpec[] All =
    [
        new("POST", "/api/contests", Role.Admin, Accepts.Writes,
            [.. Name, new ChoiceField("kind", ["skills", "labour"]), new ChoiceField("locale", ["zh-CN", "en"], Required: false)]),
        new("POST", A + "/categories", Role.Organizer, Accepts.Writes,
            [.. Name, new ChoiceField("entryType", ["individual", "team"]), new ChoiceField("board", ["public", "hidden"], Required: false)]),
        new("POST", F + "/categories", Role.Organizer, Accepts.Writes, [.. Name, new ChoiceField("entryType", ["individual", "team"])]),
        new("POST", F + "/categories/{catF}/stages", Role.Organizer, Accepts.Writes, Stage),
        new("POST", A + "/categories/{cat}/stages", Role.Organizer, Accepts.Writes, Stage),
        new("POST", F + "/stages/{stageF}/criteria", Role.Organizer, Accepts.Writes,
            [.. Name, new NumberField("maxPoints", 0, 10_000, Exclusive: true), new ChoiceField("kind", ["judgement", "measurement", "deduction"])]),
        new("PUT", F + "/categories/{catF}/award-policy", Role.Organizer, Accepts.Writes, Policy),
        new("POST", F + "/judges", Role.Organizer, Accepts.Writes, Judge),
        new("POST", F + "/entries", Role.Organizer, Accepts.Writes, Entry),
        new("POST", F + "/entries/import", Role.Organizer, Accepts.Import),
        new("POST", A + "/categories/{fitter}/awards/appeals", Role.Organizer, Accepts.Writes,
            [new IdField("entryId", ["fitterEntry", "fitterEntry2", "x"]), .. LongReason]),
        new("PUT", Sheet + "/marks/{written}", Role.Judge, Accepts.Mark, [new NumberField("points", 0, 100, Decimals: 2)], Tokens: ["bothToken", "examinerToken"]),

        new("POST", P + "/categories/{catP}/reasons", Role.Organizer, Accepts.Writes,
        [
            new TextField("code", Max: 50), .. Name, new NumberField("points", -100_000, 100_000, Decimals: 2),
            new NumberField("capPerEntry", 0, 10_000_000, Exclusive: true, Required: false, Decimals: 2),
        ]),
        new("POST", P + "/points", Role.OrganizerOrJudge, Accepts.Writes,
        [
            new IdField("entryId", ["entryP", "pendingP", "x"]), new ChoiceField("reasonCode", ["train", "haz"]),
            new NumberField("quantity", 1, 1_000_000, Integer: true, Required: false),
            new ChoiceField("occurredOn", ["2026-01-31", "2025-12-01"]), new TextField("note", Required: false, Max: 2000),
        ], Tokens: ["orgP", "judgeP"]),
        new("POST", P + "/points/{grantP}/revoke", Role.Organizer, Accepts.Never, LongReason),
        new("POST", P + "/finish", Role.Organizer, Accepts.Never),
        new("POST", P + "/points/import", Role.Organizer, Accepts.Never), // its CSV is not the entries': only refusals are sent
        new("GET", P + "/categories/{catP}/reasons", Role.Anyone, Accepts.Reads),
        new("GET", P + "/categories/{catP}/standings", Role.Anyone, Accepts.Reads),

        new("POST", A + "/registration/open", Role.Organizer, Accepts.Never),
        new("POST", F + "/registration/close", Role.Organizer, Accepts.Never),
        new("POST", A + "/entries/{bo}/approve", Role.Organizer, Accepts.Never),
        new("POST", A + "/entries/{bo}/withdraw", Role.Organizer, Accepts.Never),
        new("POST", A + "/entries/{ann}/reject", Role.Organizer, Accepts.Never, Reason),
        new("POST", A + "/entries/{bo}/disqualify", Role.Organizer, Accepts.Never, Reason),
        new("POST", A + "/categories/{cat}/draw", Role.Organizer, Accepts.Never,
            [new NumberField("seed", int.MinValue, int.MaxValue, Integer: true, Required: false, TextOk: true)], BodyOptional: true),
        new("POST", A + "/stages/{theory}/close", Role.Organizer, Accepts.Never),
        new("POST", A + "/stages/{practical}/open", Role.Organizer, Accepts.Never),
        new("POST", Sheet + "/sheet/submit", Role.Judge, Accepts.Never, Tokens: ["bothToken", "examinerToken"]),
        new("POST", Sheet + "/sheets/{examiner}/reopen", Role.OrganizerOrJudge, Accepts.Never, Reason),
        new("POST", A + "/categories/{plumber}/awards/propose", Role.Organizer, Accepts.Never),
        new("POST", A + "/categories/{plumber}/awards/notice", Role.Organizer, Accepts.Never, [new NumberField("days", 0, 365, Integer: true)]),
        new("POST", A + "/categories/{fitter}/awards/appeals/{appeal}/resolve", Role.Organizer, Accepts.Never,
            [new FlagField("upheld"), new TextField("note", Required: false, Max: 2000)]),
        new("POST", A + "/categories/{fitter}/awards/confirm", Role.Organizer, Accepts.Never),
        new("POST", A + "/categories/{painter}/awards/{bo}/revoke", Role.Organizer, Accepts.Never, LongReason),

        new("GET", A, Role.Anyone, Accepts.Reads),
        new("GET", F, Role.Anyone, Accepts.Reads),
        new("GET", A + "/categories/{cat}/leaderboard", Role.Anyone, Accepts.Reads),
        new("GET", A + "/categories/{painter}/leaderboard", Role.Anyone, Accepts.Reads),
        new("GET", A + "/categories/{fitter}/awards", Role.Anyone, Accepts.Reads),
        new("GET", A + "/categories/{plumber}/awards", Role.Anyone, Accepts.Reads),
        new("GET", A + "/events", Role.Organizer, Accepts.Reads),
        new("GET", A + "/stages/{practical}/work-codes", Role.Organizer, Accepts.Never), // not blind: 404 to the organizer too
        new("GET", A + "/categories/{cat}/judges/analysis", Role.Organizer, Accepts.Reads), // no chief judge in the world
        new("GET", A + "/categories/{cat}/review", Role.Organizer, Accepts.Reads),
        new("GET", A + "/entries/{bo}/sheets", Role.Organizer, Accepts.Reads),
        new("PATCH", A + "/categories/{cat}", Role.Organizer, Accepts.Never, [new TextField("name", Required: false)]),
        new("DELETE", A + "/categories/{cat}", Role.Organizer, Accepts.Never),
        new("PATCH", A + "/stages/{theory}", Role.Organizer, Accepts.Never,
        [
            new TextField("name", Required: false), new NumberField("weight", 0, 100, Exclusive: true, Required: false),
            new ObjectField("aggregation", [new ChoiceField("rule", ["mean", "trimmedMean", "median"]), new NumberField("trim", 0, 10, Integer: true, Required: false)], Required: false),
        ]),
        new("DELETE", A + "/stages/{theory}", Role.Organizer, Accepts.Never),
        new("PATCH", A + "/stages/{theory}/criteria/{written}", Role.Organizer, Accepts.Never,
        [
            new TextField("name", Required: false), new NumberField("maxPoints", 0, 10_000, Exclusive: true, Required: false),
            new ChoiceField("kind", ["judgement", "measurement", "deduction"], Required: false),
        ]),
        new("DELETE", A + "/stages/{theory}/criteria/{written}", Role.Organizer, Accepts.Never),
        new("PATCH", A + "/judges/{examiner}", Role.Organizer, Accepts.Never,
            [new TextField("name", Required: false), new TextField("organization", Required: false), new FlagField("chief", Required: false)]),
        new("DELETE", A + "/judges/{examiner}", Role.Organizer, Accepts.Never),
        new("PATCH", A + "/entries/{bo}", Role.Organizer, Accepts.Never,
            [new TextField("name", Required: false), new TextField("organization", Required: false), new TextsField("members", 50)]),
        new("GET", A + "/categories/{cat}/sheets", Role.Organizer, Accepts.Reads), // no chief judge in the world
        new("POST", A + "/categories/{cat}/reveal/next", Role.Organizer, Accepts.Never),
        new("POST", A + "/categories/{cat}/reveal/all", Role.Organizer, Accepts.Never),
        new("POST", A + "/categories/{cat}/review/draw", Role.Organizer, Accepts.Never,
            [new NumberField("top", 0, 1000, Integer: true, Required: false), new NumberField("share", 0, 1, Required: false)], BodyOptional: true),
        new("PUT", A + "/categories/{cat}/review/entries/{bo}/stages/{theory}/judges/{examiner}/marks/{written}", Role.Organizer, Accepts.Never,
            [new NumberField("points", 0, 100, Decimals: 2)]),
        new("PUT", L + "/categories/{catL}/scheme", Role.Organizer, Accepts.Never, // a round has opened: always 409
            [new ListField("blocks", [new TextField("name"), new ListField("items", [new TextField("name"), new ChoiceField("kind", ["points", "deduction", "bonus", "veto"]),
                new NumberField("maxPoints", 0, 10_000, Exclusive: true, Required: false)], 20)], 20), new NumberField("bonusCap", 0, 100, Required: false)]),
        new("GET", L + "/categories/{catL}/scheme", Role.Anyone, Accepts.Reads),
        new("POST", L + "/categories/{catL}/rounds", Role.Organizer, Accepts.Never,
            [new TextField("name"), new TextField("startsOn"), new TextField("endsOn")]),
        new("POST", L + "/rounds/{planned}/open", Role.Organizer, Accepts.Never),
        new("POST", L + "/rounds/{planned}/freeze", Role.Organizer, Accepts.Never),
        new("POST", L + "/rounds/{round}/publish", Role.Organizer, Accepts.Never),
        new("POST", L + "/rounds/{planned}/reopen", Role.Organizer, Accepts.Never, Reason),
        new("POST", L + "/rounds/{round}/self/import", Role.Organizer, Accepts.Never), // its CSV is not the entries': only refusals are sent
        new("PUT", Unit + "/self", Role.Organizer, Accepts.Never, [new ObjectField("marks", [new NumberField("{rulesItem}", 0, 30, Decimals: 2)])]),
        new("POST", Unit + "/veto", Role.Organizer, Accepts.Never, [new IdField("itemId", ["rulesItem", "x"]), .. Reason]),
        new("PUT", Unit + "/marks/{hazardsItem}", Role.Judge, Accepts.Never, [new NumberField("points", 0, 1000, Decimals: 2)], Tokens: ["assessorToken"]),
        new("POST", Unit + "/sheet/submit", Role.Judge, Accepts.Never, Tokens: ["assessorToken"]),
        new("GET", L + "/rounds/{round}/leaderboard", Role.Anyone, Accepts.Reads),
        new("GET", L + "/categories/{catL}/standings", Role.Anyone, Accepts.Reads),
        new("GET", "/api/judge/me", Role.Judge, Accepts.Reads, Tokens: ["bothToken", "examinerToken", "panelToken", "judgeB", "judgeF", "judgeP", "assessorToken"]),
        new("GET", "/api/statistics", Role.Admin, Accepts.Reads),
        new("GET", "/api/statistics.xlsx", Role.Admin, Accepts.Reads),
        new("GET", A + "/categories/{cat}/results.xlsx", Role.Anyone, Accepts.Reads),
        new("GET", L + "/categories/{catL}/results.xlsx", Role.Anyone, Accepts.Reads),
        new("GET", P + "/categories/{catP}/results.xlsx", Role.Anyone, Accepts.Reads),
        new("GET", "/contests/{c}/categories/{fitter}/notice", Role.Anyone, Accepts.Reads),
        new("GET", "/contests/{c}/categories/{fitter}/certificates", Role.Anyone, Accepts.Reads),
        new("GET", A + "/honours", Role.Anyone, Accepts.Reads),
        new("GET", Unit + "/self", Role.Organizer, Accepts.Reads),
        new("GET", "/api/contests/{cP}/categories/{catP}/points", Role.Organizer, Accepts.Reads),
        new("GET", "/qr.svg", Role.Anyone, Accepts.Reads),
        new("POST", "/qr.svg", Role.Anyone, Accepts.Reads),
        new("GET", "/screen/{c}", Role.Anyone, Accepts.Reads),
        new("GET", "/", Role.Anyone, Accepts.Reads),
        new("GET", "/judge", Role.Anyone, Accepts.Reads),
        new("GET", "/js/dom.js", Role.Anyone, Accepts.Reads),
        new("GET", "/health", Role.Anyone, Accepts.Reads),
        new("GET", "/health/live", Role.Anyone, Accepts.Reads),
        new("POST", "/hubs/leaderboard/negotiate", Role.Anyone, Accepts.Reads),
    ];

    /// Every token of the world, valid somewhere; "admin" is the admin key.
    public static readonly string[] TokenKeys = ["admin", "org", "orgB", "orgF", "orgP", "orgL", "examinerToken", "panelToken", "bothToken", "judgeB", "judgeF", "judgeP", "assessorToken"];

    /// Tokens that must be refused on the route (a judge may still be refused by the rules, so
    /// for a route open to the organizer or a judge only other contests' tokens are sure).
    public static string[] WrongTokens(RouteSpec spec) => spec.Role switch
    {
        Role.OrganizerOrJudge => ["admin", "orgB", "orgF", "judgeB", "judgeF"],
        _ => [.. TokenKeys.Except(spec.ValidTokens)],
    };
}
