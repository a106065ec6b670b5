using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Security;

/// Issue 7: rate limiting on failed authentication. Only 401s to requests that sent a token count,
/// per client address; once an address used up its allowance, unproven tokens from it get 429,
/// while tokens already accepted (the venue's judges behind the same Wi-Fi) and requests without
/// a token (boards, pages) go on as before.
public sealed class AuthFailureTests(SecureApi api) : IClassFixture<SecureApi>
{
    const string Unknown = "not-a-token-anyone-issued";

    [Fact]
    public async Task Too_many_unknown_tokens_from_one_address_answer_429_problems_with_Retry_After()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        for (var i = 0; i < SecureApi.FailureLimit; i++)
        {
            using var refused = await api.SendAsync(HttpMethod.Post, $"{contest.Path}/registration/open", $"{Unknown}-{i}", "10.0.0.1");
            refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var limited = await api.SendAsync(HttpMethod.Post, $"{contest.Path}/registration/open", Unknown, "10.0.0.1");
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = (await limited.Content.ReadFromJsonAsync<JsonObject>())!;
        ((int)problem["status"]!).ShouldBe(429);
        ((string)problem["title"]!).ShouldNotBeNullOrWhiteSpace();
        // The window is an hour in six segments: permits come back at the latest in ten minutes.
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBe(600);

        using var otherAddress = await api.SendAsync(HttpMethod.Post, $"{contest.Path}/registration/open", Unknown, "10.0.0.2");
        otherAddress.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var board = await api.SendAsync(HttpMethod.Get, $"{contest.Path}/categories/{contest.Category}/leaderboard", from: "10.0.0.1");
        board.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Judges_whose_tokens_were_accepted_keep_marking_from_a_blocked_address()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        using var signedIn = await api.SendAsync(HttpMethod.Get, "/api/judge/me", contest.Judge1Token, "10.0.1.1");
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Block("10.0.1.1", contest);

        using var mark = await api.SendAsync(HttpMethod.Put, contest.Mark(contest.Bo), contest.Judge1Token, "10.0.1.1", JsonContent.Create(new { points = 7 }));
        mark.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var organizer = await api.SendAsync(HttpMethod.Post, $"{contest.Path}/registration/open", contest.Organizer, "10.0.1.1");
        organizer.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // A token this node never accepted but the log issued (a node restarted, a tablet signing in for the first
        // time) is looked up rather than held back for strangers' failures; an unknown one still waits.
        using var fresh = await api.SendAsync(HttpMethod.Get, "/api/judge/me", contest.Judge2Token, "10.0.1.1");
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await api.SendAsync(HttpMethod.Post, "/api/contests", ApiFactory.AdminKey, "10.0.1.1", JsonContent.Create(new { name = "Next", kind = "skills" }));
        admin.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var stranger = await api.SendAsync(HttpMethod.Get, "/api/judge/me", Unknown, "10.0.1.1");
        stranger.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Refusals_of_valid_tokens_and_requests_without_a_token_do_not_count()
    {
        var contest = await SecureContest.CreateAsync(api.Api);
        for (var i = 0; i < 3 * SecureApi.FailureLimit; i++)
        {
            using var forbidden = await api.SendAsync(HttpMethod.Post, $"{contest.Path}/registration/open", contest.Judge1Token, "10.0.2.1");
            forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            using var anonymous = await api.SendAsync(HttpMethod.Post, $"{contest.Path}/registration/open", from: "10.0.2.1");
            anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            using var notFound = await api.SendAsync(HttpMethod.Post, $"/api/contests/{Guid.NewGuid()}/registration/open", contest.Organizer, "10.0.2.1");
            notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            // An organizer or the admin opening the judge's tablet by mistake is not a failed sign-in.
            using var organizerOnTablet = await api.SendAsync(HttpMethod.Get, "/api/judge/me", contest.Organizer, "10.0.2.1");
            organizerOnTablet.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            using var adminOnTablet = await api.SendAsync(HttpMethod.Get, "/api/judge/me", ApiFactory.AdminKey, "10.0.2.1");
            adminOnTablet.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using var unknown = await api.SendAsync(HttpMethod.Post, $"{contest.Path}/registration/open", Unknown, "10.0.2.1");
        unknown.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    async Task Block(string address, SecureContest contest)
    {
        for (var i = 0; i <= SecureApi.FailureLimit; i++)
        {
            using var _ = await api.SendAsync(HttpMethod.Get, $"{contest.Path}/events", $"{Unknown}-{i}", address);
        }
        using var blocked = await api.SendAsync(HttpMethod.Get, $"{contest.Path}/events", Unknown, address);
        blocked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
