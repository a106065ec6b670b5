using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Contests;

/// Fixing set-up mistakes through the routes: the change shows on every read (contest, board, the judge's tablet),
/// and what scores depend on stays once marking began.
public sealed class RevisionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    sealed record SetUp(string C, string Org, Guid Category, Guid Theory, Guid Practical, Guid Quiz, Guid Wiring);

    async Task<SetUp> ContestAsync(decimal theoryWeight)
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "更正演练 Corrections", kind = "skills" }, HttpStatusCode.Created))!;
        var c = $"/api/contests/{(string)created["id"]!}";
        var org = (string)created["organizerToken"]!;
        var category = await api.Create($"{c}/categories", org, new { name = "Electrician", entryType = "individual" });
        var theory = await api.Create($"{c}/categories/{category}/stages", org, new { name = "Theory", weight = theoryWeight, aggregation = new { rule = "mean" } });
        var practical = await api.Create($"{c}/categories/{category}/stages", org, new { name = "Practical", weight = 70, aggregation = new { rule = "mean" } });
        var quiz = await api.Create($"{c}/stages/{theory}/criteria", org, new { name = "Quiz", maxPoints = 10, kind = "judgement" });
        var wiring = await api.Create($"{c}/stages/{practical}/criteria", org, new { name = "Wiring", maxPoints = 10, kind = "judgement" });
        return new SetUp(c, org, category, theory, practical, quiz, wiring);
    }

    static JsonNode Stage(JsonNode contest, Guid id) =>
        contest["categories"]!.AsArray().SelectMany(c => c!["stages"]!.AsArray()).Single(s => (Guid)s!["id"]! == id)!;

    [Fact]
    public async Task A_weight_typed_as_a_fraction_blocks_opening_until_it_is_corrected()
    {
        var s = await ContestAsync(theoryWeight: 0.3m);
        var refused = (await api.Post($"{s.C}/stages/{s.Theory}/open", s.Org, null, HttpStatusCode.Conflict))!;
        ((string)refused["detail"]!).ShouldContain("add up to 70.3");

        await api.Send(HttpMethod.Patch, $"{s.C}/stages/{s.Theory}", s.Org, new { weight = 30 }, HttpStatusCode.NoContent);
        var stage = Stage(await api.Get(s.C, s.Org), s.Theory);
        ((decimal)stage["weight"]!, (string)stage["name"]!, (string)stage["aggregation"]!["rule"]!).ShouldBe((30m, "Theory", "mean"));
        await api.Post($"{s.C}/stages/{s.Theory}/open", s.Org);
    }

    [Fact]
    public async Task Renamed_entry_stage_category_criterion_and_judge_show_on_the_contest_the_board_and_the_tablet()
    {
        var s = await ContestAsync(30);
        var judge = (await api.Post($"{s.C}/judges", s.Org, new { name = "Zhang Wei", organization = "Referees", categoryIds = new[] { s.Category } }, HttpStatusCode.Created))!;
        await api.Post($"{s.C}/registration/open", s.Org);
        var entry = await api.Create($"{s.C}/entries", s.Org, new { categoryId = s.Category, name = "Li Lie", organization = "Grid Co" });
        await api.Post($"{s.C}/entries/{entry}/approve", s.Org);
        await api.Post($"{s.C}/categories/{s.Category}/draw", s.Org, new { seed = 1 }, HttpStatusCode.OK);
        await api.Post($"{s.C}/stages/{s.Theory}/open", s.Org);
        await api.Put($"{s.C}/stages/{s.Theory}/entries/{entry}/marks/{s.Quiz}", (string)judge["token"]!, new { points = 8 });

        await api.Send(HttpMethod.Patch, $"{s.C}/entries/{entry}", s.Org, new { name = "Li Lei" }, HttpStatusCode.NoContent);
        await api.Send(HttpMethod.Patch, $"{s.C}/stages/{s.Theory}", s.Org, new { name = "理论知识" }, HttpStatusCode.NoContent);
        await api.Send(HttpMethod.Patch, $"{s.C}/categories/{s.Category}", s.Org, new { name = "电工" }, HttpStatusCode.NoContent);
        await api.Send(HttpMethod.Patch, $"{s.C}/stages/{s.Theory}/criteria/{s.Quiz}", s.Org, new { name = "笔试" }, HttpStatusCode.NoContent);
        await api.Send(HttpMethod.Patch, $"{s.C}/judges/{(string)judge["id"]!}", s.Org, new { name = "张伟", chief = true }, HttpStatusCode.NoContent);

        var contest = await api.Get(s.C, s.Org);
        var category = contest["categories"]!.AsArray().Single()!;
        ((string)category["name"]!).ShouldBe("电工");
        ((string)Stage(contest, s.Theory)["name"]!).ShouldBe("理论知识");
        ((string)Stage(contest, s.Theory)["criteria"]!.AsArray().Single()!["name"]!).ShouldBe("笔试");
        ((string)category["entries"]!.AsArray().Single()!["name"]!).ShouldBe("Li Lei");
        var listed = contest["judges"]!.AsArray().Single()!;
        ((string)listed["name"]!, (bool)listed["chief"]!, (string)listed["organization"]!).ShouldBe(("张伟", true, "Referees"));

        var me = await api.Get("/api/judge/me", (string)judge["token"]!);
        ((string)me["name"]!, (bool)me["chief"]!).ShouldBe(("张伟", true));
        var assignment = me["assignments"]!.AsArray().First(a => (Guid)a!["stageId"]! == s.Theory)!;
        ((string)assignment["stageName"]!, (string)assignment["criteria"]!.AsArray().Single()!["name"]!).ShouldBe(("理论知识", "笔试"));
        ((decimal)assignment["sheet"]!["marks"]![s.Quiz.ToString()]!).ShouldBe(8m); // the mark stays with the renamed criterion

        await Eventually.True(async () =>
        {
            var board = await api.Get($"{s.C}/categories/{s.Category}/leaderboard");
            var row = board["rows"]!.AsArray().Single()!;
            return (string)row["name"]! == "Li Lei" && (decimal)row["total"]! == 24m; // 30 × 8/10
        }, "The board did not show the corrected name");
    }

    [Fact]
    public async Task Once_marking_began_weights_criteria_organizations_and_removals_are_refused_and_nothing_is_written()
    {
        var s = await ContestAsync(30);
        var judge = (await api.Post($"{s.C}/judges", s.Org, new { name = "Zhang Wei", organization = "Referees", categoryIds = new[] { s.Category } }, HttpStatusCode.Created))!;
        await api.Post($"{s.C}/registration/open", s.Org);
        var entry = await api.Create($"{s.C}/entries", s.Org, new { categoryId = s.Category, name = "Li Lei", organization = "Grid Co" });
        await api.Post($"{s.C}/entries/{entry}/approve", s.Org);
        await api.Post($"{s.C}/categories/{s.Category}/draw", s.Org, new { seed = 1 }, HttpStatusCode.OK);
        await api.Post($"{s.C}/stages/{s.Theory}/open", s.Org);
        var before = (await api.Get(s.C, s.Org)).ToJsonString();

        var refusals = new (HttpMethod Method, string Path, object? Body, string Says)[]
        {
            (HttpMethod.Patch, $"/stages/{s.Practical}", new { weight = 60 }, "weights can no longer change"),
            (HttpMethod.Patch, $"/stages/{s.Theory}", new { aggregation = new { rule = "median" } }, "aggregation can no longer change"),
            (HttpMethod.Patch, $"/stages/{s.Theory}/criteria/{s.Quiz}", new { maxPoints = 20 }, "would be rescaled"),
            (HttpMethod.Delete, $"/stages/{s.Theory}/criteria/{s.Quiz}", null, "can no longer be removed"),
            (HttpMethod.Delete, $"/stages/{s.Theory}", null, "cannot be removed"),
            (HttpMethod.Patch, $"/judges/{(string)judge["id"]!}", new { organization = "Grid Co" }, "can no longer change"),
            (HttpMethod.Delete, $"/judges/{(string)judge["id"]!}", null, "revoke the judge's token instead"),
            (HttpMethod.Patch, $"/entries/{entry}", new { organization = "Referees" }, "can no longer change"),
            (HttpMethod.Delete, $"/categories/{s.Category}", null, "cannot be removed"),
        };
        foreach (var (method, path, body, says) in refusals)
        {
            var problem = (await api.Send(method, s.C + path, s.Org, body, HttpStatusCode.Conflict))!;
            ((string)problem["detail"]!).ShouldContain(says, customMessage: $"{method} {path}");
        }
        (await api.Get(s.C, s.Org)).ToJsonString().ShouldBe(before);
        // The practical stage has not opened: its own aggregation and criteria may still change.
        await api.Send(HttpMethod.Patch, $"{s.C}/stages/{s.Practical}", s.Org, new { aggregation = new { rule = "trimmedMean" } }, HttpStatusCode.NoContent);
        ((string)Stage(await api.Get(s.C, s.Org), s.Practical)["aggregation"]!["rule"]!).ShouldBe("trimmedMean");
        await api.Send(HttpMethod.Patch, $"{s.C}/stages/{s.Practical}/criteria/{s.Wiring}", s.Org, new { maxPoints = 20, kind = "measurement" }, HttpStatusCode.NoContent);
        ((decimal)Stage(await api.Get(s.C, s.Org), s.Practical)["maxPoints"]!).ShouldBe(20m);
    }

    [Fact]
    public async Task Before_marking_a_criterion_a_stage_a_judge_and_an_empty_category_are_removed_and_a_removed_judge_is_signed_out()
    {
        var s = await ContestAsync(30);
        var judge = (await api.Post($"{s.C}/judges", s.Org, new { name = "Zhang Wei", organization = "Referees", categoryIds = new[] { s.Category } }, HttpStatusCode.Created))!;
        var extra = await api.Create($"{s.C}/stages/{s.Practical}/criteria", s.Org, new { name = "Tidy", maxPoints = 5, kind = "deduction" });

        await api.Send(HttpMethod.Delete, $"{s.C}/stages/{s.Practical}/criteria/{extra}", s.Org, null, HttpStatusCode.NoContent);
        ((JsonArray)Stage(await api.Get(s.C, s.Org), s.Practical)["criteria"]!).Count.ShouldBe(1);
        await api.Send(HttpMethod.Delete, $"{s.C}/stages/{s.Practical}", s.Org, null, HttpStatusCode.NoContent);
        var stages = (await api.Get(s.C, s.Org))["categories"]!.AsArray().Single()!["stages"]!.AsArray();
        stages.Select(st => (Guid)st!["id"]!).ShouldBe([s.Theory]);

        await api.Get("/api/judge/me", (string)judge["token"]!);
        await api.Send(HttpMethod.Delete, $"{s.C}/judges/{(string)judge["id"]!}", s.Org, null, HttpStatusCode.NoContent);
        await api.Send(HttpMethod.Get, "/api/judge/me", (string)judge["token"]!, null, HttpStatusCode.Unauthorized);
        (await api.Get(s.C, s.Org))["judges"]!.AsArray().ShouldBeEmpty();

        // A category with an entry: the entry is rejected first, then the category goes, and its board with it.
        await api.Post($"{s.C}/registration/open", s.Org);
        var entry = await api.Create($"{s.C}/entries", s.Org, new { categoryId = s.Category, name = "Li Lei", organization = "Grid Co" });
        var problem = (await api.Send(HttpMethod.Delete, $"{s.C}/categories/{s.Category}", s.Org, null, HttpStatusCode.Conflict))!;
        ((string)problem["detail"]!).ShouldContain("has 1 entries");
        await api.Post($"{s.C}/entries/{entry}/reject", s.Org, new { reason = "wrong category" });
        await api.Send(HttpMethod.Delete, $"{s.C}/categories/{s.Category}", s.Org, null, HttpStatusCode.NoContent);
        (await api.Get(s.C, s.Org))["categories"]!.AsArray().ShouldBeEmpty();
        await Eventually.True(async () =>
            (await api.Http.GetAsync($"{s.C}/categories/{s.Category}/leaderboard")).StatusCode == HttpStatusCode.NotFound,
            "The removed category's board is still served");
    }
}
