using System.Net;
using System.Security.Cryptography;
using System.Text;
using Competition.Api.Tests.Support;
using Competition.TestSupport;

namespace Competition.Api.Tests.Security;

/// Issue 20, row 19: a token on a lost tablet or a leaked console can be stopped. Rotating answers a new token
/// once and refuses the old one (401) from that answer on; revoking stops a judge's token; the appointment, the
/// judge's sheets and the marks stay. Only the organizer may do either; no token or hash reaches the feed.
public sealed class TokenRotationTests : IAsyncLifetime
{
    readonly ApiFactory factory = new();
    ApiClient api = null!;

    public async Task InitializeAsync()
    {
        await factory.InitializeAsync();
        api = new ApiClient(factory.CreateClient());
    }

    public Task DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task A_rotated_judge_token_is_refused_at_once_and_the_new_one_marks_the_same_sheet()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        var (judge, url) = (contest.Judges[0], contest.MarkUrl(contest.Entries[0], contest.Criteria[0]));
        await api.Put(url, judge.Token, new { points = 40 }); // this node now knows the token: the hot path is warm

        var rotated = (await api.Post(TokenUrl(contest, judge.Id, "rotate"), contest.OrganizerToken, expected: HttpStatusCode.OK))!;
        var fresh = (string)rotated["token"]!;
        ((Guid)rotated["id"]!).ShouldBe(judge.Id);
        fresh.ShouldNotBe(judge.Token);

        await api.Put(url, judge.Token, new { points = 41 }, HttpStatusCode.Unauthorized);
        await api.Send(HttpMethod.Get, "/api/judge/me", judge.Token, null, HttpStatusCode.Unauthorized);
        var me = await api.Get("/api/judge/me", fresh);
        ((Guid)me["judgeId"]!).ShouldBe(judge.Id);
        ((decimal)me["assignments"]![0]!["sheet"]!["marks"]![contest.Criteria[0].ToString()]!).ShouldBe(40m);
        (await api.Put(url, fresh, new { points = 42 }))!["version"]!.GetValue<long>().ShouldBe(2);
    }

    [Fact]
    public async Task A_revoked_judge_token_is_refused_everywhere_until_the_organizer_issues_a_new_one()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 1, judges: 2, criteria: 1);
        var (lost, other) = (contest.Judges[0], contest.Judges[1]);
        var url = contest.MarkUrl(contest.Entries[0], contest.Criteria[0]);
        await api.Put(url, lost.Token, new { points = 70 });

        await api.Post(TokenUrl(contest, lost.Id, "revoke"), contest.OrganizerToken);
        await api.Put(url, lost.Token, new { points = 10 }, HttpStatusCode.Unauthorized);
        await api.Send(HttpMethod.Get, "/api/judge/me", lost.Token, null, HttpStatusCode.Unauthorized);
        await api.Post($"{url.Replace("/marks/" + contest.Criteria[0], "")}/sheet/submit", lost.Token, expected: HttpStatusCode.Unauthorized);
        await api.Put(url, other.Token, new { points = 80 }); // the other judge is untouched

        await Eventually.True(async () => (await api.Get(contest.LeaderboardUrl))["rows"]!.AsArray() is [{ } row] && (decimal?)row["total"] == 75m,
            "The board did not keep the revoked judge's mark beside the other judge's");

        var again = (string)(await api.Post(TokenUrl(contest, lost.Id, "rotate"), contest.OrganizerToken, expected: HttpStatusCode.OK))!["token"]!;
        await api.Put(url, again, new { points = 72 });
        await api.Put(url, lost.Token, new { points = 10 }, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_rotated_organizer_token_is_refused_and_no_token_or_hash_reaches_the_feed()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        var path = $"/api/contests/{contest.ContestId}";
        var organizer = (string)(await api.Post($"{path}/token/rotate", contest.OrganizerToken, expected: HttpStatusCode.OK))!["organizerToken"]!;
        var judge = (string)(await api.Post(TokenUrl(contest, contest.Judges[0].Id, "rotate"), organizer, expected: HttpStatusCode.OK))!["token"]!;
        await api.Post(TokenUrl(contest, contest.Judges[0].Id, "revoke"), organizer);

        await api.Post($"{path}/categories", contest.OrganizerToken, new { name = "Welder", entryType = "team" }, HttpStatusCode.Unauthorized);
        await api.Post($"{path}/categories", organizer, new { name = "Welder", entryType = "team" }, HttpStatusCode.Created);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{path}/events?after=0") { Headers = { Authorization = new("Bearer", organizer) } };
        var feed = await (await api.Http.SendAsync(request)).Content.ReadAsStringAsync();
        feed.ShouldContain("contest.organizer-token-rotated");
        feed.ShouldContain("contest.judge-token-rotated");
        feed.ShouldContain("contest.judge-token-revoked");
        foreach (var token in new[] { contest.OrganizerToken, organizer, judge, contest.Judges[0].Token })
        {
            feed.ShouldNotContain(token);
            feed.ShouldNotContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        }
        feed.ShouldNotContain("tokenHash", Case.Insensitive);
    }

    [Fact]
    public async Task Only_the_organizer_rotates_or_revokes_and_only_judges_of_the_contest()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        var judge = contest.Judges[0];
        await api.Post(TokenUrl(contest, judge.Id, "revoke"), judge.Token, expected: HttpStatusCode.Forbidden);
        await api.Post($"/api/contests/{contest.ContestId}/token/rotate", judge.Token, expected: HttpStatusCode.Forbidden);
        await api.Post($"/api/contests/{contest.ContestId}/token/rotate", ApiFactory.AdminKey, expected: HttpStatusCode.Forbidden);
        await api.Post(TokenUrl(contest, Guid.NewGuid(), "rotate"), contest.OrganizerToken, expected: HttpStatusCode.NotFound);
        await api.Post(TokenUrl(contest, Guid.NewGuid(), "revoke"), contest.OrganizerToken, expected: HttpStatusCode.NotFound);
        await api.Put(contest.MarkUrl(contest.Entries[0], contest.Criteria[0]), judge.Token, new { points = 5 }); // still valid
    }

    static string TokenUrl(MarkingContest contest, Guid judgeId, string action) =>
        $"/api/contests/{contest.ContestId}/judges/{judgeId}/token/{action}";
}
