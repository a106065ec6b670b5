using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;
using Competition.TestHost;
using Competition.TestSupport;

namespace Competition.Api.Tests.Contests;

/// A tablet signs in the moment the organizer shows the judge's QR code, while the projections
/// behind /api/judge/me may still be pacing between batches. An appointment already in the log is
/// a judge, never "unknown token": the sign-in waits for the read model and answers the judge.
public sealed class JudgeSignInTests : IAsyncLifetime
{
    readonly PostgresDatabaseFixture database = new();
    ApiHost host = null!;
    ApiClient api = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        host = new ApiHost(database.ConnectionString, ApiFactory.AdminKey);
        api = new ApiClient(host.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_judge_signing_in_right_after_the_appointment_gets_their_sheets_not_401()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, ApiFactory.AdminKey, entries: 2, judges: 1, criteria: 1);
        // Once the first judge is visible a batch has just run, so the next one is a pause away.
        await WaitForSignInAsync(contest.Judges[0].Token);

        var appointed = (await api.Post($"/api/contests/{contest.ContestId}/judges", contest.OrganizerToken,
            new { name = "迟到的裁判 Late judge", organization = "Other union", categoryIds = new[] { contest.CategoryId } }, HttpStatusCode.Created))!;
        var me = await api.Get("/api/judge/me", (string)appointed["token"]!);

        ((string)me["judgeId"]!).ShouldBe((string)appointed["id"]!);
        ((string)me["name"]!).ShouldBe("迟到的裁判 Late judge");
        me["assignments"]!.AsArray().Select(a => (string)a!["entryId"]!).Order()
            .ShouldBe(contest.Entries.Select(e => e.ToString()).Order());
    }

    [Fact]
    public async Task A_token_no_appointment_issued_is_still_401_at_once()
    {
        await api.Send(HttpMethod.Get, "/api/judge/me", "never-issued-token", null, HttpStatusCode.Unauthorized);
    }

    async Task WaitForSignInAsync(string token)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/judge/me") { Headers = { Authorization = new("Bearer", token) } };
            using var answer = await api.Http.SendAsync(request);
            if (answer.StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("The first judge never became visible.");
    }
}
