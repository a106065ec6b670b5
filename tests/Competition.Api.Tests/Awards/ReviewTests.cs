using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;
using Competition.TestSupport;

namespace Competition.Api.Tests.Awards;

/// 复核 through the API: twelve entries marked by two judges on two criteria, every sheet submitted, the stage closed.
/// The sample is the top 3 and a quarter of the other 9 (rounded up: 3), so 6 entries × 2 judges × 2 criteria = 24
/// criteria to re-mark; one different is 4.2% (passes), two are 8.3% (the category is re-marked).
public sealed class ReviewTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    sealed record Setup(MarkingContest Contest, string C, string Review, string ChiefToken, Dictionary<(Guid Entry, Guid Judge, Guid Criterion), decimal> Marks);

    async Task<Setup> MarkedAndClosedAsync()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 12, judges: 2, criteria: 2);
        var c = $"/api/contests/{contest.ContestId}";
        var chief = (await api.Post($"{c}/judges", contest.OrganizerToken,
            new { name = "Chief", organization = "Referee board", categoryIds = new[] { contest.CategoryId }, chief = true }, HttpStatusCode.Created))!;
        await api.Put($"{c}/categories/{contest.CategoryId}/award-policy", contest.OrganizerToken,
            new { tiers = new[] { new { name = "一等奖", share = 0.25m } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        var marks = new Dictionary<(Guid, Guid, Guid), decimal>();
        for (var e = 0; e < contest.Entries.Count; e++)
            foreach (var judge in contest.Judges)
            {
                foreach (var criterion in contest.Criteria)
                {
                    var points = 40 + 4 * e + (judge == contest.Judges[0] ? 1 : 0);
                    await api.Put(contest.MarkUrl(contest.Entries[e], criterion), judge.Token, new { points });
                    marks[(contest.Entries[e], judge.Id, criterion)] = points;
                }
                await api.Post(contest.SubmitUrl(contest.Entries[e]), judge.Token);
            }
        await api.Post($"{c}/stages/{contest.StageId}/close", contest.OrganizerToken);
        return new(contest, c, $"{c}/categories/{contest.CategoryId}/review", (string)chief["token"]!, marks);
    }

    /// Re-marks every item as the judge gave it, but the first <paramref name="differing"/> one point lower.
    async Task<JsonNode> RemarkAsync(Setup s, int differing)
    {
        var items = (await api.Get(s.Review, s.ChiefToken))["items"]!.AsArray();
        JsonNode last = null!;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i]!;
            var (entry, stage, judge, criterion) = ((Guid)item["entryId"]!, (Guid)item["stageId"]!, (Guid)item["judgeId"]!, (Guid)item["criterionId"]!);
            var points = s.Marks[(entry, judge, criterion)] - (i < differing ? 1 : 0);
            last = (await api.Put($"{s.Review}/entries/{entry}/stages/{stage}/judges/{judge}/marks/{criterion}", s.ChiefToken, new { points }))!;
        }
        return last;
    }

    [Fact]
    public async Task The_sample_is_drawn_re_marked_by_the_chief_judge_and_one_difference_in_24_lets_the_awards_through()
    {
        var s = await MarkedAndClosedAsync();
        var drawn = (await api.Post($"{s.Review}/draw", s.Contest.OrganizerToken, new { seed = "复核 2026", top = 3, share = 0.25 }, HttpStatusCode.OK))!;
        ((string)drawn["status"]!, (string)drawn["seed"]!).ShouldBe(("drawn", "复核 2026"));
        var entries = drawn["entries"]!.AsArray().Select(e => (Guid)e!).ToList();
        entries.Count.ShouldBe(6);
        // The best three are the last three registered (they were marked highest).
        entries.Take(3).ShouldBe([s.Contest.Entries[11], s.Contest.Entries[10], s.Contest.Entries[9]]);
        var items = drawn["items"]!.AsArray();
        items.Count.ShouldBe(24);
        items.ShouldAllBe(i => i!["original"] == null && i["points"] == null);

        await api.Post($"{s.C}/categories/{s.Contest.CategoryId}/awards/propose", s.Contest.OrganizerToken, expected: HttpStatusCode.Conflict);
        await api.Send(HttpMethod.Get, s.Review, s.Contest.Judges[0].Token, null, HttpStatusCode.Forbidden);
        await api.Post($"{s.Review}/draw", s.Contest.OrganizerToken, new { }, HttpStatusCode.Conflict); // one at a time

        var finished = await RemarkAsync(s, differing: 1);
        ((string)finished["status"]!, (int)finished["compared"]!, (int)finished["differing"]!, (decimal)finished["rate"]!)
            .ShouldBe(("passed", 24, 1, 0.0417m));
        finished["items"]!.AsArray().ShouldAllBe(i => i!["original"] != null);
        await api.Post($"{s.C}/categories/{s.Contest.CategoryId}/awards/propose", s.Contest.OrganizerToken, expected: HttpStatusCode.OK);
    }

    [Fact]
    public async Task Two_differences_in_24_reopen_every_sheet_and_hold_the_awards_until_the_category_is_re_marked()
    {
        var s = await MarkedAndClosedAsync();
        await api.Post($"{s.Review}/draw", s.Contest.OrganizerToken, new { seed = 7, top = 3, share = 0.25 }, HttpStatusCode.OK);
        var failed = await RemarkAsync(s, differing: 2);
        ((string)failed["status"]!, (decimal)failed["rate"]!).ShouldBe(("failed", 0.0833m));

        var feed = await FeedAsync(s);
        feed.Count(e => (string)e["type"]! == "sheet.reopened").ShouldBe(24); // 12 entries × 2 judges, every submitted sheet
        feed.Single(e => (string)e["type"]! == "awards.review-finished")["data"]!["remarkRequired"]!.GetValue<bool>().ShouldBeTrue();
        var propose = $"{s.C}/categories/{s.Contest.CategoryId}/awards/propose";
        await api.Post(propose, s.Contest.OrganizerToken, expected: HttpStatusCode.Conflict);

        // Re-marking begins when the stage opens again: the failed review no longer holds, a new one is drawn after.
        await api.Post($"{s.C}/stages/{s.Contest.StageId}/open", s.Contest.OrganizerToken);
        await Eventually.True(async () => (string)(await api.Get(s.Review, s.ChiefToken))["status"]! == "cancelled", "The review was not cancelled");
        foreach (var entry in s.Contest.Entries)
            foreach (var judge in s.Contest.Judges) await api.Post(s.Contest.SubmitUrl(entry), judge.Token);
        await api.Post($"{s.C}/stages/{s.Contest.StageId}/close", s.Contest.OrganizerToken);
        var again = (await api.Post($"{s.Review}/draw", s.Contest.OrganizerToken, new { top = 1, share = 0 }, HttpStatusCode.OK))!;
        ((string)again["status"]!, again["items"]!.AsArray().Count).ShouldBe(("drawn", 4));
    }

    async Task<List<JsonNode>> FeedAsync(Setup s)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{s.C}/events");
        request.Headers.Authorization = new("Bearer", s.Contest.OrganizerToken);
        using var response = await api.Http.SendAsync(request);
        return [.. (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];
    }
}
