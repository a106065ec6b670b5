using static Competition.Api.Tests.BadInput.BadCase;

namespace Competition.Api.Tests.BadInput;

/// Bad requests to the organizer's set-up and entry routes of API.md.
public static class SetUpCases
{
    const string C = "/api/contests/{c}";
    const string Json = """{"name":"Contest","kind":"skills"}""";

    public static readonly Dictionary<string, BadCase> All = new()
    {
        ["create: malformed JSON"] = Post("/api/contests", "admin", """{"name":""", 400),
        ["create: name missing"] = Post("/api/contests", "admin", """{"kind":"skills"}""", 400, true),
        ["create: kind not an option"] = Post("/api/contests", "admin", """{"name":"X","kind":"circus"}""", 400, true),
        ["create: unknown charset"] = Post("/api/contests", "admin", """type=application/json; charset=bogus:{"name":"X","kind":"skills"}""", 415),
        ["create: UTF-7 charset"] = Post("/api/contests", "admin", """type=application/json; charset=utf-7:{"name":"X","kind":"skills"}""", 415),
        ["create: empty charset"] = Post("/api/contests", "admin", """type=application/json; charset="":{"name":"X","kind":"skills"}""", 415),
        ["create: no content type"] = Post("/api/contests", "admin", """type=:{"name":"X","kind":"skills"}""", 415),
        ["create: kind is a list of names"] = Post("/api/contests", "admin", """{"name":"X","kind":"Skills,Labour"}""", 400, true),
        ["create: kind is a number"] = Post("/api/contests", "admin", """{"name":"X","kind":"1"}""", 400, true),
        ["create: locale not an option"] = Post("/api/contests", "admin", """{"name":"X","kind":"skills","locale":"fr"}""", 400, true),
        ["create: name is a number"] = Post("/api/contests", "admin", """{"name":5,"kind":"skills"}""", 400),
        ["create: body is an array"] = Post("/api/contests", "admin", "[1,2]", 400),
        ["create: no token"] = Post("/api/contests", "none", Json, 401),
        ["create: unknown token"] = Post("/api/contests", "unknown", Json, 401),
        ["create: organizer token is not the admin key"] = Post("/api/contests", "org", Json, 403),

        ["category: entryType missing"] = Post(C + "/categories", "org", """{"name":"Fitter"}""", 400, true),
        ["category: entryType not an option"] = Post(C + "/categories", "org", """{"name":"Fitter","entryType":"duo"}""", 400, true),
        ["category: entryType is a list of names"] = Post(C + "/categories", "org", """{"name":"Fitter","entryType":"individual, team"}""", 400, true),
        ["category: board not an option"] = Post(C + "/categories", "org", """{"name":"Fitter","entryType":"team","board":"secret"}""", 400, true),
        ["reveal: the board is public"] = Post(C + "/categories/{cat}/reveal/next", "org", null, 409),
        ["reveal: judge token"] = Post(C + "/categories/{cat}/reveal/next", "examinerToken", null, 403),
        ["category: judge token"] = Post(C + "/categories", "examinerToken", """{"name":"Fitter","entryType":"team"}""", 403),
        ["category: organizer of contest B"] = Post(C + "/categories", "orgB", """{"name":"Fitter","entryType":"team"}""", 403),
        ["category: unknown contest"] = Post("/api/contests/{x}/categories", "org", """{"name":"Fitter","entryType":"team"}""", 404),
        ["category: contest id not an id"] = Post("/api/contests/nope/categories", "org", """{"name":"Fitter","entryType":"team"}""", 404),
        ["category: no token"] = Post(C + "/categories", "none", """{"name":"Fitter","entryType":"team"}""", 401),
        ["category: name taken"] = Post(C + "/categories", "org", """{"name":"Electrician","entryType":"team"}""", 409),

        ["stage: negative weight"] = Post(C + "/categories/{cat}/stages", "org", """{"name":"S","weight":-5,"aggregation":{"rule":"mean"}}""", 400, true),
        ["stage: rule not an option"] = Post(C + "/categories/{cat}/stages", "org", """{"name":"S","weight":0,"aggregation":{"rule":"mode"}}""", 400, true),
        ["stage: rule is a list of names"] = Post(C + "/categories/{cat}/stages", "org", """{"name":"S","weight":0,"aggregation":{"rule":"mean,median"}}""", 400, true),
        ["stage: negative trim"] = Post(C + "/categories/{cat}/stages", "org", """{"name":"S","weight":0,"aggregation":{"rule":"trimmedMean","trim":-1}}""", 400, true),
        ["stage: blind is text"] = Post(C + "/categories/{cat}/stages", "org", """{"name":"S","weight":1,"aggregation":{"rule":"mean"},"blind":"yes"}""", 400),
        ["review: a stage is open"] = Post(C + "/categories/{cat}/review/draw", "org", """{"top":3}""", 409),
        ["review: share over 1"] = Post(C + "/categories/{cat}/review/draw", "org", """{"share":15}""", 400, true),
        ["review: top not whole"] = Post(C + "/categories/{cat}/review/draw", "org", """{"top":2.5}""", 400, true),
        ["review: share is text"] = Post(C + "/categories/{cat}/review/draw", "org", """{"share":"15%"}""", 400, true),
        ["review: judge token"] = Post(C + "/categories/{cat}/review/draw", "examinerToken", """{}""", 403),
        ["review: re-mark with none drawn"] = Put(C + "/categories/{cat}/review/entries/{bo}/stages/{theory}/judges/{examiner}/marks/{written}", "org", """{"points":5}""", 409),
        ["work codes: stage not blind"] = Get(C + "/stages/{theory}/work-codes", "org", 404),
        ["work codes: judge token"] = Get(C + "/stages/{theory}/work-codes", "examinerToken", 403),
        ["work codes: no token"] = Get(C + "/stages/{theory}/work-codes", "none", 401),
        ["stage: weight is text"] = Post(C + "/categories/{cat}/stages", "org", """{"name":"S","weight":"thirty","aggregation":{"rule":"mean"}}""", 400),
        ["stage: unknown category"] = Post(C + "/categories/{x}/stages", "org", """{"name":"S","weight":0,"aggregation":{"rule":"mean"}}""", 404),
        ["stage: judge token"] = Post(C + "/categories/{cat}/stages", "panelToken", """{"name":"S","weight":0,"aggregation":{"rule":"mean"}}""", 403),

        ["criterion: zero maxPoints"] = Post(C + "/stages/{theory}/criteria", "org", """{"name":"K","maxPoints":0,"kind":"judgement"}""", 400, true),
        ["criterion: kind not an option"] = Post(C + "/stages/{theory}/criteria", "org", """{"name":"K","maxPoints":5,"kind":"bonus"}""", 400, true),
        ["criterion: name missing"] = Post(C + "/stages/{theory}/criteria", "org", """{"maxPoints":5,"kind":"judgement"}""", 400, true),
        ["criterion: unknown stage"] = Post(C + "/stages/{x}/criteria", "org", """{"name":"K","maxPoints":5,"kind":"judgement"}""", 404),
        ["criterion: stage is open"] = Post(C + "/stages/{theory}/criteria", "org", """{"name":"K","maxPoints":5,"kind":"judgement"}""", 409),

        // A share above 1 is read as percent (API's choice), so 150 is 150 %.
        ["award policy: share of 150 %"] = Put(C + "/categories/{cat}/award-policy", "org", """{"tiers":[{"name":"Gold","share":150}],"minimumScore":0}""", 400),
        ["award policy: negative share"] = Put(C + "/categories/{cat}/award-policy", "org", """{"tiers":[{"name":"Gold","share":-0.2}],"minimumScore":0}""", 400),
        ["award policy: shares add up above 1"] = Put(C + "/categories/{cat}/award-policy", "org", """{"tiers":[{"name":"Gold","share":0.6},{"name":"Silver","share":0.6}],"minimumScore":0}""", 400),
        ["award policy: tier name missing"] = Put(C + "/categories/{cat}/award-policy", "org", """{"tiers":[{"share":0.2}],"minimumScore":0}""", 400, true),
        ["award policy: tiers missing"] = Put(C + "/categories/{cat}/award-policy", "org", """{"minimumScore":0}""", 400, true),
        ["award policy: tiers is text"] = Put(C + "/categories/{cat}/award-policy", "org", """{"tiers":"gold","minimumScore":0}""", 400),
        ["award policy: unknown category"] = Put(C + "/categories/{x}/award-policy", "org", """{"tiers":[{"name":"Gold","share":0.2}],"minimumScore":0}""", 404),
        ["award policy: judge token"] = Put(C + "/categories/{cat}/award-policy", "bothToken", """{"tiers":[{"name":"Gold","share":0.2}],"minimumScore":0}""", 403),

        ["judge: no categoryIds"] = Post(C + "/judges", "org", """{"name":"J","organization":"O","categoryIds":[]}""", 400, true),
        ["judge: categoryId not an id"] = Post(C + "/judges", "org", """{"name":"J","organization":"O","categoryIds":["nope"]}""", 400, true),
        ["judge: name missing"] = Post(C + "/judges", "org", """{"organization":"O","categoryIds":["{cat}"]}""", 400, true),
        ["judge: chief is text"] = Post(C + "/judges", "org", """{"name":"J","organization":"O","categoryIds":["{cat}"],"chief":"yes"}""", 400),
        ["judge: judge token"] = Post(C + "/judges", "examinerToken", """{"name":"J","organization":"O","categoryIds":["{cat}"]}""", 403),
        ["judge: unknown token"] = Post(C + "/judges", "unknown", """{"name":"J","organization":"O","categoryIds":["{cat}"]}""", 401),

        ["registration open: no token"] = Post(C + "/registration/open", "none", null, 401),
        ["registration open: judge token"] = Post(C + "/registration/open", "examinerToken", null, 403),
        ["registration open: organizer of contest B"] = Post(C + "/registration/open", "orgB", null, 403),
        ["registration close: unknown contest"] = Post("/api/contests/{x}/registration/close", "org", null, 404),

        ["entry: registration closed"] = Post(C + "/entries", "org", """{"categoryId":"{cat}","name":"N","organization":"O"}""", 409),
        ["entry: organization of invisible characters only"] = Post(C + "/entries", "org", """{"categoryId":"{cat}","name":"N","organization":"\u200b\u2060"}""", 400, true),
        ["judge: organization of invisible characters only"] = Post(C + "/judges", "org", """{"name":"J","organization":"\u200d","categoryIds":["{cat}"]}""", 400, true),
        ["entry: categoryId missing"] = Post(C + "/entries", "org", """{"name":"N","organization":"O"}""", 400, true),
        ["entry: categoryId not an id"] = Post(C + "/entries", "org", """{"categoryId":"nope","name":"N","organization":"O"}""", 400, true),
        ["entry: members is text"] = Post(C + "/entries", "org", """{"categoryId":"{cat}","name":"N","organization":"O","members":"a;b"}""", 400),
        ["entry: judge token"] = Post(C + "/entries", "panelToken", """{"categoryId":"{cat}","name":"N","organization":"O"}""", 403),
        ["import: malformed header"] = Post(C + "/entries/import", "org", "csv:cat,who,org\nElectrician,Eve,Org E\n", 400, true),
        ["import: no token"] = Post(C + "/entries/import", "none", "csv:category,name,organization,members\nElectrician,Eve,Org E,\n", 401),
        ["import: organizer of contest B"] = Post(C + "/entries/import", "orgB", "csv:category,name,organization,members\nElectrician,Eve,Org E,\n", 403),

        ["approve: unknown entry"] = Post(C + "/entries/{x}/approve", "org", null, 404),
        ["approve: withdrawn entry"] = Post(C + "/entries/{late}/approve", "org", null, 409),
        ["approve: after the category's draw"] = Post(C + "/entries/{pending}/approve", "org", null, 409),
        ["approve: judge token"] = Post(C + "/entries/{bo}/approve", "examinerToken", null, 403),
        ["reject: reason missing"] = Post(C + "/entries/{bo}/reject", "org", "{}", 400, true),
        ["reject: drawn entry"] = Post(C + "/entries/{bo}/reject", "org", """{"reason":"late papers"}""", 409),
        ["reject: entry id not an id"] = Post(C + "/entries/nope/reject", "org", """{"reason":"r"}""", 404),
        ["withdraw: no token"] = Post(C + "/entries/{bo}/withdraw", "none", null, 401),
        ["withdraw: unknown entry"] = Post(C + "/entries/{x}/withdraw", "org", null, 404),
        ["disqualify: withdrawn entry"] = Post(C + "/entries/{late}/disqualify", "org", """{"reason":"cheating"}""", 409),
        ["disqualify: reason missing"] = Post(C + "/entries/{bo}/disqualify", "org", """{"reason":" "}""", 400, true),
        ["disqualify: organizer of contest B"] = Post(C + "/entries/{bo}/disqualify", "orgB", """{"reason":"cheating"}""", 403),

        ["draw: seed is an object"] = Post(C + "/categories/{cat}/draw", "org", """{"seed":{"n":1}}""", 400),
        ["draw: seed is a fraction"] = Post(C + "/categories/{cat}/draw", "org", """{"seed":1.5}""", 400),
        ["draw: seed over 100 characters"] = Post(C + "/categories/{cat}/draw", "org", $$"""{"seed":"{{new string('x', 101)}}"}""", 400),
        ["draw: seed is blank"] = Post(C + "/categories/{cat}/draw", "org", """{"seed":"   "}""", 400),
        ["draw: unknown category"] = Post(C + "/categories/{x}/draw", "org", "{}", 404),
        ["draw: already drawn"] = Post(C + "/categories/{cat}/draw", "org", """{"seed":1}""", 409),
        ["draw: judge token"] = Post(C + "/categories/{cat}/draw", "bothToken", "{}", 403),

        ["stage open: unknown stage"] = Post(C + "/stages/{x}/open", "org", null, 404),
        ["stage open: weights do not add up to 100"] = Post("/api/contests/{cB}/stages/{stageB}/open", "orgB", null, 409),
        ["stage open: stage of contest B on contest A"] = Post(C + "/stages/{stageB}/open", "org", null, 404),
        ["stage close: judge token"] = Post(C + "/stages/{theory}/close", "examinerToken", null, 403),
        ["stage close: organizer of contest B"] = Post(C + "/stages/{theory}/close", "orgB", null, 403),
        ["stage close: unknown token"] = Post(C + "/stages/{theory}/close", "unknown", null, 401),
    };
}
