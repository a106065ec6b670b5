using System.Net;
using Competition.Api.Tests.Support;
using Competition.TestSupport;

namespace Competition.Api.Tests.Contests;

/// Issue 16, judge analysis: on a panel of five over six entries, three judges mark each entry's quality, a harsh one
/// 20 points less, an erratic one the qualities in reverse. Both stand out; the fair judges do not. The expected
/// figures are worked out in the test from the marks.
public sealed class JudgeAnalysisTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());
    static readonly decimal[] Quality = [90, 80, 70, 60, 50, 40];

    [Fact]
    public async Task A_harsh_and_an_erratic_judge_stand_out_to_the_organizer_and_the_chief_judge_only()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 6, judges: 5, criteria: 1);
        var c = $"/api/contests/{contest.ContestId}";
        var chief = (await api.Post($"{c}/judges", contest.OrganizerToken,
            new { name = "Chief", organization = "Referee board", categoryIds = new[] { contest.CategoryId }, chief = true }, HttpStatusCode.Created))!;
        var (fair, harsh, erratic) = (contest.Judges.Take(3).ToList(), contest.Judges[3], contest.Judges[4]);
        for (var e = 0; e < 6; e++)
        {
            var url = contest.MarkUrl(contest.Entries[e], contest.Criteria[0]);
            foreach (var judge in fair) await api.Put(url, judge.Token, new { points = Quality[e] });
            await api.Put(url, harsh.Token, new { points = Quality[e] - 20 });
            await api.Put(url, erratic.Token, new { points = Quality[^(e + 1)] });
        }

        var path = $"{c}/categories/{contest.CategoryId}/judges/analysis";
        var byOrganizer = await api.Get(path, contest.OrganizerToken);
        (await api.Get(path, (string)chief["token"]!)).ToJsonString().ShouldBe(byOrganizer.ToJsonString());
        await api.Send(HttpMethod.Get, path, fair[0].Token, null, HttpStatusCode.Forbidden);
        await api.Send(HttpMethod.Get, path, null, null, HttpStatusCode.Unauthorized);

        var judges = byOrganizer["judges"]!.AsArray().ToDictionary(j => (Guid)j!["judgeId"]!);
        judges.Count.ShouldBe(6); // the chief gave no marks and is listed with none
        // By hand: an entry's panel mean is (3q + (q − 20) + (130 − q)) / 5.
        decimal Mean(decimal q) => (3 * q + q - 20 + 130 - q) / 5;
        var harshShare = Math.Round(Quality.Average(q => (q - 20 - Mean(q)) / 100), 4, MidpointRounding.AwayFromZero);
        ((decimal)judges[harsh.Id]!["meanSignedShare"]!).ShouldBe(harshShare);
        judges[harsh.Id]!["flags"]!.AsArray().Select(f => (string)f!).ShouldBe(["harsh"]);
        judges[erratic.Id]!["flags"]!.AsArray().Select(f => (string)f!).ShouldContain("inconsistent");
        ((double)judges[erratic.Id]!["stages"]![0]!["spearman"]!).ShouldBe(-1.0);
        ((decimal)judges[erratic.Id]!["criteria"]![0]!["meanAbsolute"]!)
            .ShouldBe(Math.Round(Quality.Average(q => Math.Abs(130 - q - Mean(q))), 2, MidpointRounding.AwayFromZero));
        foreach (var judge in fair)
        {
            judges[judge.Id]!["flags"]!.AsArray().ShouldBeEmpty();
            ((int)judges[judge.Id]!["marks"]!).ShouldBe(6);
        }
        ((int)judges[(Guid)chief["id"]!]!["marks"]!).ShouldBe(0);
    }
}
