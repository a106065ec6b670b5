using static Competition.Api.Tests.BadInput.BadCase;

namespace Competition.Api.Tests.BadInput;

/// Bad requests to the labour contest routes of API.md "Labour contests (v1.1)", aimed at contest L.
public static class LabourCases
{
    const string L = "/api/contests/{cL}";
    const string Scheme = """{"blocks":[{"name":"B","items":[{"name":"I","kind":"points","maxPoints":10}]}]}""";
    const string Unit = L + "/rounds/{round}/entries/{unit}";

    public static readonly Dictionary<string, BadCase> All = new()
    {
        ["scheme: body is an array"] = Put(L + "/categories/{catL}/scheme", "orgL", "[1]", 400),
        ["scheme: no blocks"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[]}""", 400, true),
        ["scheme: a block without a points item"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"name":"I","kind":"bonus","maxPoints":5}]}]}""", 400, true),
        ["scheme: a veto with maxPoints"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"name":"P","kind":"points","maxPoints":5},{"name":"V","kind":"veto","maxPoints":5}]}]}""", 400, true),
        ["scheme: perOccurrence on points"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"name":"P","kind":"points","maxPoints":5,"perOccurrence":1}]}]}""", 400, true),
        ["scheme: kind not an option"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"name":"P","kind":"stars","maxPoints":5}]}]}""", 400, true),
        ["scheme: maxPoints is text"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"name":"P","kind":"points","maxPoints":"five"}]}]}""", 400),
        ["scheme: gate share over 1"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"name":"P","kind":"points","maxPoints":5}]}],"gates":{"blockShare":80}}""", 400, true),
        ["scheme: season not an option"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"name":"P","kind":"points","maxPoints":5}]}],"season":"best"}""", 400, true),
        ["scheme: item id not an id"] = Put(L + "/categories/{catL}/scheme", "orgL", """{"blocks":[{"name":"B","items":[{"id":"x","name":"P","kind":"points","maxPoints":5}]}]}""", 400, true),
        ["scheme: a round has opened"] = Put(L + "/categories/{catL}/scheme", "orgL", Scheme, 409),
        ["scheme: a skills contest"] = Put("/api/contests/{c}/categories/{cat}/scheme", "org", Scheme, 409),
        ["scheme: assessor token"] = Put(L + "/categories/{catL}/scheme", "assessorToken", Scheme, 403),
        ["scheme: organizer of contest B"] = Put(L + "/categories/{catL}/scheme", "orgB", Scheme, 403),
        ["scheme: no token"] = Put(L + "/categories/{catL}/scheme", "none", Scheme, 401),
        ["scheme: unknown category"] = Put(L + "/categories/{x}/scheme", "orgL", Scheme, 404),
        ["scheme: none set"] = Get("/api/contests/{c}/categories/{cat}/scheme", "none", 404),

        ["round: date not a date"] = Post(L + "/categories/{catL}/rounds", "orgL", """{"name":"R","startsOn":"2026-13-01","endsOn":"2026-12-31"}""", 400, true),
        ["round: date in another format"] = Post(L + "/categories/{catL}/rounds", "orgL", """{"name":"R","startsOn":"01/03/2026","endsOn":"2026-12-31"}""", 400, true),
        ["round: ends before it starts"] = Post(L + "/categories/{catL}/rounds", "orgL", """{"name":"R","startsOn":"2026-06-30","endsOn":"2026-06-01"}""", 400, true),
        ["round: name missing"] = Post(L + "/categories/{catL}/rounds", "orgL", """{"startsOn":"2026-06-01","endsOn":"2026-06-30"}""", 400, true),
        ["round: overlaps another"] = Post(L + "/categories/{catL}/rounds", "orgL", """{"name":"R","startsOn":"2026-01-15","endsOn":"2026-03-15"}""", 409),
        ["round: a skills contest"] = Post("/api/contests/{c}/categories/{cat}/rounds", "org", """{"name":"R","startsOn":"2026-06-01","endsOn":"2026-06-30"}""", 409),
        ["round: assessor token"] = Post(L + "/categories/{catL}/rounds", "assessorToken", """{"name":"R","startsOn":"2026-06-01","endsOn":"2026-06-30"}""", 403),
        ["round: no token"] = Post(L + "/categories/{catL}/rounds", "none", """{"name":"R","startsOn":"2026-06-01","endsOn":"2026-06-30"}""", 401),
        ["round open: another round is open"] = Post(L + "/rounds/{planned}/open", "orgL", null, 409),
        ["round open: unknown round"] = Post(L + "/rounds/{x}/open", "orgL", null, 404),
        ["round open: organizer of contest B"] = Post(L + "/rounds/{planned}/open", "orgB", null, 403),
        ["round freeze: never opened"] = Post(L + "/rounds/{planned}/freeze", "orgL", null, 409),
        ["round publish: still open"] = Post(L + "/rounds/{round}/publish", "orgL", null, 409),
        ["round publish: assessor token"] = Post(L + "/rounds/{round}/publish", "assessorToken", null, 403),
        ["round reopen: reason missing"] = Post(L + "/rounds/{round}/reopen", "orgL", "{}", 400, true),
        ["round reopen: never opened"] = Post(L + "/rounds/{planned}/reopen", "orgL", """{"reason":"again"}""", 409),

        ["self: marks missing"] = Put(Unit + "/self", "orgL", "{}", 400, true),
        ["self: item id not an id"] = Put(Unit + "/self", "orgL", """{"marks":{"rules":5}}""", 400, true),
        ["self: item not in the scheme"] = Put(Unit + "/self", "orgL", """{"marks":{"{x}":5}}""", 400, true),
        ["self: points over the maximum"] = Put(Unit + "/self", "orgL", """{"marks":{"{rulesItem}":31}}""", 400, true),
        ["self: occurrences not whole"] = Put(Unit + "/self", "orgL", """{"marks":{"{hazardsItem}":1.5}}""", 400, true),
        ["self: a veto item"] = Put(Unit + "/self", "orgL", """{"marks":{"{vetoItem}":1}}""", 400, true),
        ["self: value is text"] = Put(Unit + "/self", "orgL", """{"marks":{"{rulesItem}":"ten"}}""", 400, true),
        ["self: round not open"] = Put(L + "/rounds/{planned}/entries/{unit}/self", "orgL", """{"marks":{"{rulesItem}":5}}""", 409),
        ["self: unknown entry"] = Put(L + "/rounds/{round}/entries/{x}/self", "orgL", """{"marks":{"{rulesItem}":5}}""", 404),
        ["self: assessor token"] = Put(Unit + "/self", "assessorToken", """{"marks":{"{rulesItem}":5}}""", 403),
        ["self import: missing header"] = Post(L + "/rounds/{round}/self/import", "orgL", "csv:who,what,how\nTeam One,Rules,5\n", 400, true),
        ["self import: malformed CSV (JSON sent as CSV)"] = Post(L + "/rounds/{round}/self/import", "orgL", "csv:{\"marks\":{\"a\":1}}", 400, true),
        ["self import: unknown round"] = Post(L + "/rounds/{x}/self/import", "orgL", "csv:unit,item,value\nTeam One,Rules,5\n", 404),
        ["self import: unknown contest"] = Post("/api/contests/{x}/rounds/{round}/self/import", "orgL", "csv:unit,item,value\nTeam One,Rules,5\n", 404),
        ["self import: assessor token"] = Post(L + "/rounds/{round}/self/import", "assessorToken", "csv:unit,item,value\nTeam One,Rules,5\n", 403),
        ["self import: organizer of contest B"] = Post(L + "/rounds/{round}/self/import", "orgB", "csv:unit,item,value\nTeam One,Rules,5\n", 403),
        ["self import: no token"] = Post(L + "/rounds/{round}/self/import", "none", "csv:unit,item,value\nTeam One,Rules,5\n", 401),
        ["self import: unknown token"] = Post(L + "/rounds/{round}/self/import", "unknown", "csv:unit,item,value\nTeam One,Rules,5\n", 401),
        ["self read: assessor token"] = Get(Unit + "/self", "assessorToken", 403),
        ["self read: unknown round"] = Get(L + "/rounds/{x}/entries/{unit}/self", "orgL", 404),
        ["self read: no token"] = Get(Unit + "/self", "none", 401),
        ["veto: not a veto item"] = Post(Unit + "/veto", "orgL", """{"itemId":"{rulesItem}","reason":"accident"}""", 400, true),
        ["veto: reason missing"] = Post(Unit + "/veto", "orgL", """{"itemId":"{vetoItem}"}""", 400, true),
        ["veto: itemId not an id"] = Post(Unit + "/veto", "orgL", """{"itemId":"veto","reason":"accident"}""", 400, true),
        ["veto: round never opened"] = Post(L + "/rounds/{planned}/entries/{unit}/veto", "orgL", """{"itemId":"{vetoItem}","reason":"accident"}""", 409),
        ["veto: assessor token"] = Post(Unit + "/veto", "assessorToken", """{"itemId":"{vetoItem}","reason":"accident"}""", 403),

        ["assess: points over the maximum"] = Put(Unit + "/marks/{rulesItem}", "assessorToken", """{"points":31}""", 400, true),
        ["assess: occurrences not whole"] = Put(Unit + "/marks/{hazardsItem}", "assessorToken", """{"points":2.5}""", 400, true),
        ["assess: a veto item"] = Put(Unit + "/marks/{vetoItem}", "assessorToken", """{"points":1}""", 404),
        ["assess: round not open"] = Put(L + "/rounds/{planned}/entries/{unit}/marks/{rulesItem}", "assessorToken", """{"points":5}""", 409),
        ["assess: unknown round"] = Put(L + "/rounds/{x}/entries/{unit}/marks/{rulesItem}", "assessorToken", """{"points":5}""", 404),
        ["assess: a judge of contest A"] = Put(Unit + "/marks/{rulesItem}", "examinerToken", """{"points":5}""", 403),
        ["assess: no token"] = Put(Unit + "/marks/{rulesItem}", "none", """{"points":5}""", 401),
        ["assess: submit an empty sheet"] = Post(Unit + "/sheet/submit", "assessorToken", null, 409),
        ["assess: reopen without a reason"] = Post(Unit + "/sheets/{x}/reopen", "orgL", "{}", 400, true),

        ["round board: unknown round"] = Get(L + "/rounds/{x}/leaderboard", "none", 404),
        ["round board: round id not an id"] = Get(L + "/rounds/nope/leaderboard", "none", 404),
        ["round board: top not whole"] = Get(L + "/rounds/{round}/leaderboard?top=1.5", "none", 400),
        ["standings: unknown labour category"] = Get(L + "/categories/{x}/standings", "none", 404),
    };
}
