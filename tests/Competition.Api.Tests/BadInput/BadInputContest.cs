using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;
using Npgsql;

namespace Competition.Api.Tests.BadInput;

/// Two contests built through the public routes: contest A with everything a bad request can aim
/// at (a category with stages 30/70, criteria, judges, approved drawn entries, one stage open and
/// one closed), and contest B whose tokens must be refused on A.
public sealed class BadInputContest : IAsyncLifetime
{
    public ApiFactory Factory { get; } = new();
    public ApiClient Api { get; private set; } = null!;
    /// Placeholder → value, for the URL templates and bodies of the cases.
    public Dictionary<string, string> Values { get; } = [];

    public async Task InitializeAsync()
    {
        await Factory.InitializeAsync();
        Api = new ApiClient(Factory.CreateClient());
        var a = await Contest("A");
        var c = $"/api/contests/{a}";
        var org = Values["org"];
        var cat = await Api.Create($"{c}/categories", org, new { name = "Electrician", entryType = "individual" });
        var theory = await Api.Create($"{c}/categories/{cat}/stages", org, new { name = "Theory", weight = 30, aggregation = new { rule = "mean" } });
        var practical = await Api.Create($"{c}/categories/{cat}/stages", org, new { name = "Practical", weight = 70, aggregation = new { rule = "median" } });
        var written = await Api.Create($"{c}/stages/{theory}/criteria", org, new { name = "Written", maxPoints = 100, kind = "judgement" });
        var wiring = await Api.Create($"{c}/stages/{practical}/criteria", org, new { name = "Wiring", maxPoints = 60, kind = "judgement" });
        await Api.Put($"{c}/categories/{cat}/award-policy", org, new { tiers = new[] { new { name = "一等奖", share = 0.5 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        var (examiner, examinerToken) = await Appoint(c, org, "Examiner", "Org A", cat, [theory]);
        var (_, panelToken) = await Appoint(c, org, "Panel", "Org P", cat, [practical]);
        var (_, bothToken) = await Appoint(c, org, "Both", "Org Z", cat, [theory, practical]);

        await Api.Post($"{c}/registration/open", org);
        var ann = await Api.Create($"{c}/entries", org, new { categoryId = cat, name = "Ann", organization = "Org A" });
        var bo = await Api.Create($"{c}/entries", org, new { categoryId = cat, name = "Bo", organization = "Org B" });
        var late = await Api.Create($"{c}/entries", org, new { categoryId = cat, name = "Late", organization = "Org L" });
        var pending = await Api.Create($"{c}/entries", org, new { categoryId = cat, name = "Pending", organization = "Org N" });
        await Api.Post($"{c}/entries/{ann}/approve", org);
        await Api.Post($"{c}/entries/{bo}/approve", org);
        await Api.Post($"{c}/entries/{late}/withdraw", org);
        await Api.Post($"{c}/registration/close", org);
        await Api.Post($"{c}/categories/{cat}/draw", org, new { seed = 7 }, HttpStatusCode.OK);
        await Api.Post($"{c}/stages/{theory}/open", org);
        await Api.Post($"{c}/stages/{practical}/open", org);
        await Api.Post($"{c}/stages/{practical}/close", org);

        // A second category whose only stage is closed and whose awards are proposed, not yet under notice.
        var plumber = await Api.Create($"{c}/categories", org, new { name = "Plumber", entryType = "individual" });
        var only = await Api.Create($"{c}/categories/{plumber}/stages", org, new { name = "Only", weight = 100, aggregation = new { rule = "mean" } });
        await Api.Create($"{c}/stages/{only}/criteria", org, new { name = "Joints", maxPoints = 10, kind = "measurement" });
        await Api.Put($"{c}/categories/{plumber}/award-policy", org, new { tiers = new[] { new { name = "Gold", share = 0.3 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        await Api.Post($"{c}/stages/{only}/open", org);
        await Api.Post($"{c}/stages/{only}/close", org);
        await Api.Post($"{c}/categories/{plumber}/awards/propose", org, null, HttpStatusCode.OK);

        var b = await Contest("B");
        var catB = await Api.Create($"/api/contests/{b}/categories", Values["orgB"], new { name = "Welder", entryType = "team" });
        var stageB = await Api.Create($"/api/contests/{b}/categories/{catB}/stages", Values["orgB"], new { name = "Weld", weight = 60, aggregation = new { rule = "mean" } });
        await Api.Create($"/api/contests/{b}/stages/{stageB}/criteria", Values["orgB"], new { name = "Seam", maxPoints = 10, kind = "judgement" });
        var (_, judgeB) = await Appoint($"/api/contests/{b}", Values["orgB"], "Judge B", "Org Q", catB, []);

        await LabourContest();

        foreach (var (key, value) in new (string, object)[]
        {
            ("cat", cat), ("theory", theory), ("practical", practical), ("written", written), ("wiring", wiring),
            ("examiner", examiner), ("examinerToken", examinerToken), ("panelToken", panelToken), ("bothToken", bothToken),
            ("ann", ann), ("bo", bo), ("late", late), ("pending", pending), ("judgeB", judgeB), ("catB", catB), ("stageB", stageB), ("plumber", plumber), ("only", only), ("x", Guid.NewGuid()),
        })
            Values[key] = value.ToString()!;
        await PointsSetUp.AddAsync(Api, Values);
    }

    /// Contest L, of kind labour: a scheme (a points item, a deduction counted per occurrence, a veto), an assessor, a unit,
    /// an open round and a planned one.
    async Task LabourContest()
    {
        var created = (await Api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Contest L", kind = "labour" }, HttpStatusCode.Created))!;
        var c = $"/api/contests/{(string)created["id"]!}";
        var org = (string)created["organizerToken"]!;
        var cat = await Api.Create($"{c}/categories", org, new { name = "Teams", entryType = "team" });
        var scheme = (await Api.Put($"{c}/categories/{cat}/scheme", org, new
        {
            blocks = new[] { new { name = "Safety", items = new object[]
            {
                new { name = "Rules", kind = "points", maxPoints = 30 }, new { name = "Hazards", kind = "deduction", maxPoints = 10, perOccurrence = 2 },
                new { name = "Accident", kind = "veto" },
            } } },
        }))!;
        var items = scheme["blocks"]![0]!["items"]!.AsArray().Select(i => (string)i!["id"]!).ToList();
        var (_, assessorToken) = await Appoint(c, org, "Assessor", "Org S", cat, []);
        await Api.Post($"{c}/registration/open", org);
        var unit = await Api.Create($"{c}/entries", org, new { categoryId = cat, name = "Team One", organization = "Org T" });
        await Api.Post($"{c}/entries/{unit}/approve", org);
        var round = await Api.Create($"{c}/categories/{cat}/rounds", org, new { name = "January", startsOn = "2026-01-01", endsOn = "2026-01-31" });
        var planned = await Api.Create($"{c}/categories/{cat}/rounds", org, new { name = "February", startsOn = "2026-02-01", endsOn = "2026-02-28" });
        await Api.Post($"{c}/rounds/{round}/open", org);
        foreach (var (key, value) in new (string, object)[]
        {
            ("cL", (string)created["id"]!), ("orgL", org), ("catL", cat), ("rulesItem", items[0]), ("hazardsItem", items[1]), ("vetoItem", items[2]),
            ("assessorToken", assessorToken), ("unit", unit), ("round", round), ("planned", planned),
        })
            Values[key] = value.ToString()!;
    }

    public string Fill(string template) =>
        Values.OrderByDescending(v => v.Key.Length).Aggregate(template, (text, v) => text.Replace("{" + v.Key + "}", v.Value));

    public async Task<long> EventCount()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from public.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    async Task<string> Contest(string suffix)
    {
        var created = (await Api.Post("/api/contests", ApiFactory.AdminKey, new { name = $"Contest {suffix}", kind = "skills" }, HttpStatusCode.Created))!;
        var id = (string)created["id"]!;
        Values[suffix == "A" ? "c" : "cB"] = id;
        Values[suffix == "A" ? "org" : "orgB"] = (string)created["organizerToken"]!;
        return id;
    }

    async Task<(Guid Id, string Token)> Appoint(string c, string org, string name, string organization, Guid cat, Guid[] stages)
    {
        object body = stages.Length == 0
            ? new { name, organization, categoryIds = new[] { cat } }
            : new { name, organization, categoryIds = new[] { cat }, stageIds = stages };
        var judge = (await Api.Post($"{c}/judges", org, body, HttpStatusCode.Created))!;
        return (Guid.Parse((string)judge["id"]!), (string)judge["token"]!);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
