using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Contests;

/// Drives one whole contest through the public routes and checks the final board against totals
/// computed here, independently of the engine's scoring code.
public sealed class WholeContestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task A_contest_runs_from_set_up_to_confirmed_awards()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "电工决赛 Electrician final", kind = "skills" }, HttpStatusCode.Created))!;
        var cid = (string)created["id"]!;
        var org = (string)created["organizerToken"]!;
        var c = $"/api/contests/{cid}";

        var cat = await api.Create($"{c}/categories", org, new { name = "Electrician", entryType = "individual" });
        var theory = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "Theory", weight = 30, aggregation = new { rule = "mean" } });
        var practical = await api.Create($"{c}/categories/{cat}/stages", org, new { name = "Practical", weight = 70, aggregation = new { rule = "trimmedMean", trim = 1 } });
        var written = await api.Create($"{c}/stages/{theory}/criteria", org, new { name = "Written", maxPoints = 100, kind = "judgement" });
        var wiring = await api.Create($"{c}/stages/{practical}/criteria", org, new { name = "Wiring", maxPoints = 60, kind = "judgement" });
        var safety = await api.Create($"{c}/stages/{practical}/criteria", org, new { name = "Safety", maxPoints = 40, kind = "measurement" });
        var violations = await api.Create($"{c}/stages/{practical}/criteria", org, new { name = "Violations", maxPoints = 10, kind = "deduction" });
        await api.Put($"{c}/categories/{cat}/award-policy", org, new { tiers = new[] { new { name = "一等奖", share = 0.25 }, new { name = "二等奖", share = 0.25 } }, minimumScore = 50 }, HttpStatusCode.NoContent);

        var examiner = await Appoint(c, org, "Examiner", "Exam board", cat, [theory], chief: false);
        var panel = new List<(Guid Id, string Token, string Org)>();
        foreach (var (name, organization) in new[] { ("J1", "Org A"), ("J2", "Org X"), ("J3", "Org Y"), ("J4", "Org Z"), ("J5", "Org W") })
            panel.Add(await Appoint(c, org, name, organization, cat, [practical], chief: false));
        var chief = await Appoint(c, org, "Chief", "Union", cat, [practical], chief: true);

        await api.Post($"{c}/registration/open", org);
        var entries = new Dictionary<string, Guid>();
        foreach (var (name, organization) in new[] { ("Ann", "Org A"), ("Bo", "Org B"), ("Cai", "Org C"), ("Dong", "Org D") })
            entries[name] = await api.Create($"{c}/entries", org, new { categoryId = cat, name, organization });
        var imported = (await api.Post($"{c}/entries/import", org, "category,name,organization,members\nElectrician,Eve,Org E,\n", HttpStatusCode.OK))!;
        ((int)imported["imported"]!).ShouldBe(1);
        var contestView = await api.Get(c);
        ((string)contestView["name"]!).ShouldBe("电工决赛 Electrician final");

        foreach (var entry in entries.Values) await api.Post($"{c}/entries/{entry}/approve", org);
        var feedBefore = await Feed(cid, org);
        var eve = feedBefore.Where(e => (string)e["type"]! == "entry.registered" && (string)e["data"]!["name"]! == "Eve").Select(e => Guid.Parse((string)e["streamId"]!)).Single();
        entries["Eve"] = eve;
        await api.Post($"{c}/entries/{eve}/approve", org);
        await api.Post($"{c}/registration/close", org);

        var draw = (await api.Post($"{c}/categories/{cat}/draw", org, new { seed = 42 }, HttpStatusCode.OK))!.AsArray();
        draw.Count.ShouldBe(5);
        draw.Select(d => (int)d!["bib"]!).Order().ShouldBe([1, 2, 3, 4, 5]);

        await api.Post($"{c}/stages/{theory}/open", org);
        await api.Post($"{c}/stages/{practical}/open", org);

        // Marks per entry: theory one examiner; practical five judges (J1 recused from Ann of Org A).
        var theoryMarks = new Dictionary<string, decimal> { ["Ann"] = 90, ["Bo"] = 80, ["Cai"] = 70, ["Dong"] = 80, ["Eve"] = 40 };
        var wiringMarks = new Dictionary<string, decimal[]>
        {
            ["Ann"] = [50, 52, 54, 56, 58], ["Bo"] = [40, 45, 50, 55, 60], ["Cai"] = [60, 58, 57, 59, 20],
            ["Dong"] = [45, 45, 45, 45, 45], ["Eve"] = [30, 30, 30, 30, 30],
        };
        var tasks = new List<Task>();
        foreach (var (name, id) in entries)
        {
            tasks.Add(Mark(c, examiner.Token, theory, id, written, theoryMarks[name]));
            for (var j = 0; j < panel.Count; j++)
            {
                if (name == "Ann" && j == 0) continue;
                var (judge, points) = (panel[j], wiringMarks[name][j]);
                tasks.Add(Task.Run(async () =>
                {
                    await Mark(c, judge.Token, practical, id, wiring, points);
                    await Mark(c, judge.Token, practical, id, safety, 30);
                    await Mark(c, judge.Token, practical, id, violations, name == "Bo" ? 2 : 0);
                }));
            }
        }
        await Task.WhenAll(tasks);

        // J1 is recused from Ann: refused with 403, nothing written.
        await api.Put($"{c}/stages/{practical}/entries/{entries["Ann"]}/marks/{wiring}", panel[0].Token, new { points = 10 }, HttpStatusCode.Forbidden);

        // A submitted sheet is locked until the chief judge reopens it; then the judge corrects a mark.
        var bo = entries["Bo"];
        await api.Post($"{c}/stages/{practical}/entries/{bo}/sheet/submit", panel[4].Token);
        await api.Put($"{c}/stages/{practical}/entries/{bo}/marks/{wiring}", panel[4].Token, new { points = 20 }, HttpStatusCode.Conflict);
        await api.Post($"{c}/stages/{practical}/entries/{bo}/sheets/{panel[4].Id}/reopen", panel[1].Token, new { reason = "not chief" }, HttpStatusCode.Forbidden);
        await api.Post($"{c}/stages/{practical}/entries/{bo}/sheets/{panel[4].Id}/reopen", chief.Token, new { reason = "Recount of wiring" });
        wiringMarks["Bo"][4] = 44;
        (await api.Put($"{c}/stages/{practical}/entries/{bo}/marks/{wiring}", panel[4].Token, new { points = 44 }))!["version"]!.GetValue<long>().ShouldBeGreaterThan(3);
        await api.Post($"{c}/stages/{practical}/entries/{bo}/sheet/submit", panel[4].Token);

        await api.Post($"{c}/entries/{eve}/disqualify", org, new { reason = "Left the venue" });
        await api.Post($"{c}/stages/{theory}/close", org);
        await api.Post($"{c}/stages/{practical}/close", org);

        // Independent scoring: theory 30 × mark/100; practical 70 × (trimmed wiring + 30 − violations)/100.
        decimal Trimmed(decimal[] m) => m.Length > 2 ? m.Order().Skip(1).SkipLast(1).Average() : m.Average();
        var expected = new[] { "Ann", "Bo", "Cai", "Dong" }.ToDictionary(n => n, n =>
        {
            var wiringScores = n == "Ann" ? wiringMarks[n][1..] : wiringMarks[n];
            var practicalScore = Math.Clamp(Trimmed(wiringScores) + 30 - (n == "Bo" ? 2 : 0), 0, 100);
            return Math.Round(30 * theoryMarks[n] / 100 + 70 * practicalScore / 100, 2, MidpointRounding.AwayFromZero);
        });

        var board = await FinalBoard(c, cat, org);
        var rows = board["rows"]!.AsArray();
        rows.Count.ShouldBe(4, "the disqualified entry is not ranked");
        foreach (var row in rows)
        {
            var name = (string)row!["name"]!;
            ((decimal)row["total"]!).ShouldBe(expected[name], name);
        }
        var ordered = expected.OrderByDescending(e => e.Value).Select(e => e.Key).ToList();
        rows.Select(r => (string)r!["name"]!).ShouldBe(ordered);
        ((int)rows[0]!["rank"]!).ShouldBe(1);
        var bo_row = rows.Single(r => (string)r!["name"]! == "Bo")!;
        ((int)bo_row["judgesTotal"]!).ShouldBe(7, "one examiner plus six on the practical panel");

        // Awards: propose, notice, an appeal (rejected), confirm after the notice period.
        var proposal = (await api.Post($"{c}/categories/{cat}/awards/propose", org, null, HttpStatusCode.OK))!;
        proposal["awards"]!.AsArray().Count.ShouldBeGreaterThan(0);
        await api.Post($"{c}/categories/{cat}/awards/confirm", org, null, HttpStatusCode.Conflict);
        await api.Post($"{c}/categories/{cat}/awards/notice", org, new { days = 7 });
        var appeal = await api.Create($"{c}/categories/{cat}/awards/appeals", org, new { entryId = entries["Dong"], reason = "Wiring marks too low" });
        await api.Post($"{c}/categories/{cat}/awards/confirm", org, null, HttpStatusCode.Conflict);
        await api.Post($"{c}/categories/{cat}/awards/appeals/{appeal}/resolve", org, new { upheld = false, note = "Marks verified" });
        await api.Post($"{c}/categories/{cat}/awards/confirm", org, null, HttpStatusCode.Conflict);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await api.Post($"{c}/categories/{cat}/awards/confirm", org);
        await Eventually.True(async () => (string?)(await api.Get($"{c}/categories/{cat}/awards"))["status"] == "confirmed");
        await Eventually.True(async () => (await api.Get($"{c}/categories/{cat}/leaderboard"))["rows"]!.AsArray()[0]!["award"] is not null);
        var winner = (await api.Get($"{c}/categories/{cat}/leaderboard"))["rows"]!.AsArray()[0]!;
        ((string)winner["award"]!).ShouldBe("一等奖");
        await api.Post($"{c}/stages/{practical}/open", org, null, HttpStatusCode.Conflict);
    }

    async Task<(Guid Id, string Token, string Org)> Appoint(string c, string org, string name, string organization, Guid cat, Guid[] stages, bool chief)
    {
        var judge = (await api.Post($"{c}/judges", org, new { name, organization, categoryIds = new[] { cat }, stageIds = stages, chief }, HttpStatusCode.Created))!;
        return (Guid.Parse((string)judge["id"]!), (string)judge["token"]!, organization);
    }

    Task Mark(string c, string token, Guid stage, Guid entry, Guid criterion, decimal points) =>
        api.Put($"{c}/stages/{stage}/entries/{entry}/marks/{criterion}", token, new { points });

    async Task<List<JsonNode>> Feed(string cid, string org)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/contests/{cid}/events?after=0");
        request.Headers.Authorization = new("Bearer", org);
        using var response = await api.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var events = lines.Select(l => JsonNode.Parse(l)!).ToList();
        events.Select(e => (long)e["sequence"]!).ShouldBeInOrder(SortDirection.Ascending);
        return events;
    }

    async Task<JsonNode> FinalBoard(string c, Guid cat, string org)
    {
        var head = (await Feed(c.Split('/').Last(), org)).Max(e => (long)e["sequence"]!);
        JsonNode board = null!;
        await Eventually.True(async () =>
        {
            board = await api.Get($"{c}/categories/{cat}/leaderboard");
            return (long)board["sequence"]! >= head;
        });
        ((string)board["status"]!).ShouldBe("final");
        return board;
    }
}
