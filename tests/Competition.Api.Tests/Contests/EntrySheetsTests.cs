using System.Net;
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
}
