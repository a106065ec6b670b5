using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;
using Competition.TestSupport;

namespace Competition.Api.Tests.Contests;

/// An entry's sheets, for the organizer and the category's chief judges: who has marked and submitted, so that a
/// submitted sheet can be reopened from the pages.
public sealed class EntrySheetsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task The_organizer_and_the_chief_judge_see_each_judges_sheet_of_an_entry_and_nobody_else_does()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 2, judges: 2, criteria: 2);
        var c = $"/api/contests/{contest.ContestId}";
        var chief = (await api.Post($"{c}/judges", contest.OrganizerToken,
            new { name = "Chief", organization = "Referee board", categoryIds = new[] { contest.CategoryId }, chief = true }, HttpStatusCode.Created))!;
        var entry = contest.Entries[0];
        await api.Put(contest.MarkUrl(entry, contest.Criteria[0]), contest.Judges[0].Token, new { points = 70 });
        await api.Put(contest.MarkUrl(entry, contest.Criteria[1]), contest.Judges[0].Token, new { points = 60 });
        await api.Post(contest.SubmitUrl(entry), contest.Judges[0].Token);
        await api.Put(contest.MarkUrl(entry, contest.Criteria[0]), contest.Judges[1].Token, new { points = 50 });

        var path = $"{c}/entries/{entry}/sheets";
        var sheets = (await api.Get(path, contest.OrganizerToken)).AsArray().ToDictionary(s => (Guid)s!["judgeId"]!);
        sheets.Count.ShouldBe(3); // two judges and the chief, one stage
        ((string)sheets[contest.Judges[0].Id]!["status"]!, sheets[contest.Judges[0].Id]!["marks"]!.AsObject().Count).ShouldBe(("submitted", 2));
        ((string)sheets[contest.Judges[1].Id]!["status"]!).ShouldBe("open");
        ((string)sheets[(Guid)chief["id"]!]!["status"]!).ShouldBe("none");
        (await api.Get(path, (string)chief["token"]!)).AsArray().Count.ShouldBe(3);
        await api.Send(HttpMethod.Get, path, contest.Judges[1].Token, null, HttpStatusCode.Forbidden);
        await api.Send(HttpMethod.Get, path, null, null, HttpStatusCode.Unauthorized);
        await api.Send(HttpMethod.Get, $"{c}/entries/{Guid.NewGuid()}/sheets", contest.OrganizerToken, null, HttpStatusCode.NotFound);

        await api.Post($"{c}/stages/{contest.StageId}/entries/{entry}/sheets/{contest.Judges[0].Id}/reopen", (string)chief["token"]!, new { reason = "typo" });
        var after = (await api.Get(path, contest.OrganizerToken)).AsArray().Single(s => (Guid)s!["judgeId"]! == contest.Judges[0].Id)!;
        ((string)after["status"]!).ShouldBe("open");
    }

    [Fact]
    public async Task The_chief_judge_sees_every_entrys_sheets_of_the_category_in_one_answer_with_its_progress()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 3, judges: 2, criteria: 1);
        var c = $"/api/contests/{contest.ContestId}";
        var chief = (await api.Post($"{c}/judges", contest.OrganizerToken,
            new { name = "Chief", organization = "Referee board", categoryIds = new[] { contest.CategoryId }, chief = true }, HttpStatusCode.Created))!;
        var (first, second) = (contest.Entries[0], contest.Entries[1]);
        foreach (var judge in contest.Judges)
        {
            await api.Put(contest.MarkUrl(first, contest.Criteria[0]), judge.Token, new { points = 70 });
            await api.Post(contest.SubmitUrl(first), judge.Token);
        }
        await api.Put(contest.MarkUrl(second, contest.Criteria[0]), contest.Judges[0].Token, new { points = 40 });

        var path = $"{c}/categories/{contest.CategoryId}/sheets";
        var list = (await api.Get(path, (string)chief["token"]!)).AsArray();
        list.Select(e => (int)e!["bib"]!).ShouldBe([1, 2, 3]); // by bib, every drawn entry, none by name
        list.ToString().ShouldNotContain("Worker");
        var byEntry = list.ToDictionary(e => (Guid)e!["entryId"]!);
        ((int)byEntry[first]!["submitted"]!, (int)byEntry[first]!["total"]!).ShouldBe((2, 3)); // two judges and the chief
        ((int)byEntry[second]!["submitted"]!, (int)byEntry[second]!["total"]!).ShouldBe((0, 3));
        var started = byEntry[second]!["sheets"]!.AsArray().Single(s => (Guid)s!["judgeId"]! == contest.Judges[0].Id)!;
        ((string)started["status"]!, (decimal)started["marks"]![contest.Criteria[0].ToString()]!).ShouldBe(("open", 40m));
        // The same sheets as the entry's own route gives, sheet for sheet.
        byEntry[first]!["sheets"]!.ToJsonString().ShouldBe((await api.Get($"{c}/entries/{first}/sheets", contest.OrganizerToken)).ToJsonString());

        (await api.Get(path, contest.OrganizerToken)).AsArray().Count.ShouldBe(3);
        await api.Send(HttpMethod.Get, path, contest.Judges[0].Token, null, HttpStatusCode.Forbidden);
        await api.Send(HttpMethod.Get, $"{c}/categories/{Guid.NewGuid()}/sheets", contest.OrganizerToken, null, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reopened_sheet_carries_its_reason_in_the_judges_view_until_it_is_submitted_again()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        var c = $"/api/contests/{contest.ContestId}";
        var chief = (await api.Post($"{c}/judges", contest.OrganizerToken,
            new { name = "Chief Liu", organization = "Referee board", categoryIds = new[] { contest.CategoryId }, chief = true }, HttpStatusCode.Created))!;
        var (entry, judge) = (contest.Entries[0], contest.Judges[0]);
        await api.Put(contest.MarkUrl(entry, contest.Criteria[0]), judge.Token, new { points = 70 });
        await api.Post(contest.SubmitUrl(entry), judge.Token);
        async Task<JsonNode> SheetAsync() => (await api.Get("/api/judge/me", judge.Token))["assignments"]![0]!["sheet"]!;
        (await SheetAsync())["reopenReason"].ShouldBeNull();

        await api.Post($"{c}/stages/{contest.StageId}/entries/{entry}/sheets/{judge.Id}/reopen", (string)chief["token"]!, new { reason = "第2项填错 wrong row" });
        var reopened = await SheetAsync();
        ((string)reopened["status"]!, (string)reopened["reopenReason"]!, (string)reopened["reopenedBy"]!).ShouldBe(("open", "第2项填错 wrong row", "Chief Liu"));
        reopened["reopenedAt"].ShouldNotBeNull();

        await api.Post(contest.SubmitUrl(entry), judge.Token);
        (await SheetAsync())["reopenReason"].ShouldBeNull();
        await api.Post($"{c}/stages/{contest.StageId}/entries/{entry}/sheets/{judge.Id}/reopen", contest.OrganizerToken, new { reason = "appeal upheld" });
        var byOrganizer = await SheetAsync();
        ((string)byOrganizer["reopenReason"]!).ShouldBe("appeal upheld");
        byOrganizer["reopenedBy"].ShouldBeNull(); // the organizer is no judge: the tablet says "the organizer"
    }
}
