using Competition.TestSupport;

namespace Competition.Live.Tests;

/// <summary>v1.1 "Reading what you wrote": once a write is answered, a GET of the judge's sheets, of the contest and of
/// a category's awards reflects it, with no waiting and no polling by the client.</summary>
public sealed class ReadYourWritesTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    Task<MarkingContest> ContestAsync(int entries = 2, int criteria = 2) =>
        MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries, judges: 1, criteria);

    [Fact]
    public async Task Right_after_a_mark_is_answered_the_judges_sheet_shows_it()
    {
        var contest = await ContestAsync();
        var judge = contest.Judges[0];
        var round = 0;
        foreach (var entry in contest.Entries)
            foreach (var criterion in contest.Criteria)
            {
                var points = 10m + round++;
                var mark = await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(entry, criterion), judge.Token, new { points });
                var version = (long)mark.Body!["version"]!;

                var me = await api.Http.ApiGetAsync("/api/judge/me", judge.Token);
                var sheet = me.Body!["assignments"]!.AsArray()
                    .Single(a => (string)a!["entryId"]! == entry.ToString() && (string)a["stageId"]! == contest.StageId.ToString())!["sheet"]!;
                ((decimal)sheet["marks"]![criterion.ToString()]!).ShouldBe(points);
                ((long)sheet["version"]!).ShouldBe(version);
            }
    }

    [Fact]
    public async Task Right_after_a_set_up_command_is_answered_the_contest_shows_it()
    {
        var contest = await ContestAsync();
        var (c, org) = ($"/api/contests/{contest.ContestId}", contest.OrganizerToken);

        var category = (string)(await api.Http.ApiPostAsync($"{c}/categories", org, new { name = "Welder", entryType = "team" })).Body!["id"]!;
        Category(await ContestViewAsync(contest), category).ShouldNotBeNull()["name"]!.GetValue<string>().ShouldBe("Welder");

        var stage = (string)(await api.Http.ApiPostAsync($"{c}/categories/{category}/stages", org,
            new { name = "Weld test", weight = 100, aggregation = new { rule = "median" } })).Body!["id"]!;
        var stages = Category(await ContestViewAsync(contest), category)!["stages"]!.AsArray();
        stages.Select(s => ((string)s!["id"]!, (string)s["aggregation"]!["rule"]!)).ShouldBe([(stage, "median")]);

        var criterion = (string)(await api.Http.ApiPostAsync($"{c}/stages/{stage}/criteria", org,
            new { name = "Seam", maxPoints = 40, kind = "measurement" })).Body!["id"]!;
        var shown = Category(await ContestViewAsync(contest), category)!["stages"]![0]!;
        shown["criteria"]!.AsArray().Select(x => (string)x!["id"]!).ShouldBe([criterion]);
        ((decimal)shown["maxPoints"]!).ShouldBe(40m);

        var judge = (string)(await api.Http.ApiPostAsync($"{c}/judges", org,
            new { name = "Welding judge", organization = "Inspectorate", categoryIds = new[] { category } })).Body!["id"]!;
        (await api.Http.ApiGetAsync($"/api/contests/{contest.ContestId}", org)).Body!["judges"]!.AsArray().Select(j => (string)j!["id"]!).ShouldContain(judge);
        (await ContestViewAsync(contest))["judges"]!.AsArray().ShouldBeEmpty(); // the public never sees who judges

        await api.Http.ApiPostAsync($"{c}/stages/{contest.StageId}/close", org);
        var closed = Category(await ContestViewAsync(contest), contest.CategoryId.ToString())!["stages"]![0]!;
        ((string)closed["status"]!).ShouldBe("closed");
    }

    [Fact]
    public async Task Right_after_an_awards_command_is_answered_the_awards_view_shows_it()
    {
        var contest = await ContestAsync(entries: 3, criteria: 1);
        var (c, org, judge) = ($"/api/contests/{contest.ContestId}", contest.OrganizerToken, contest.Judges[0]);
        await api.Http.ApiSendAsync(HttpMethod.Put, $"{c}/categories/{contest.CategoryId}/award-policy", org,
            new { tiers = new object[] { new { name = "Gold", count = 1 } }, minimumScore = 0 });
        for (var i = 0; i < contest.Entries.Count; i++)
            await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(contest.Entries[i], contest.Criteria[0]), judge.Token, new { points = 50 + i });
        await api.Http.ApiPostAsync($"{c}/stages/{contest.StageId}/close", org);
        var awardsUrl = $"{c}/categories/{contest.CategoryId}/awards";

        await api.Http.ApiPostAsync($"{awardsUrl}/propose", org);
        var proposed = (await api.Http.ApiGetAsync(awardsUrl)).Body!;
        ((string)proposed["status"]!).ShouldBe("proposed");
        proposed["awards"]!.AsArray().Select(a => ((string)a!["entryId"]!, (string)a["tier"]!)).ShouldBe([(contest.Entries[2].ToString(), "Gold")]);

        await api.Http.ApiPostAsync($"{awardsUrl}/notice", org, new { days = 7 });
        var notice = (await api.Http.ApiGetAsync(awardsUrl)).Body!;
        ((string)notice["status"]!).ShouldBe("notice");
        notice["noticeEndsAt"].ShouldNotBeNull();

        var appeal = (string)(await api.Http.ApiPostAsync($"{awardsUrl}/appeals", org,
            new { entryId = contest.Entries[1], reason = "Recount" })).Body!["id"]!;
        var appealed = (await api.Http.ApiGetAsync(awardsUrl)).Body!["appeals"]!.AsArray();
        appealed.Select(a => ((string)a!["id"]!, (string)a["status"]!)).ShouldBe([(appeal, "open")]);

        await api.Http.ApiPostAsync($"{awardsUrl}/appeals/{appeal}/resolve", org, new { upheld = false, note = "Checked" });
        var resolved = (await api.Http.ApiGetAsync(awardsUrl)).Body!["appeals"]![0]!;
        ((string)resolved["status"]!).ShouldBe("resolved");
    }

    async Task<System.Text.Json.Nodes.JsonNode> ContestViewAsync(MarkingContest contest) =>
        (await api.Http.ApiGetAsync($"/api/contests/{contest.ContestId}")).Body!;

    static System.Text.Json.Nodes.JsonNode? Category(System.Text.Json.Nodes.JsonNode contest, string id) =>
        contest["categories"]!.AsArray().SingleOrDefault(x => (string)x!["id"]! == id);
}
