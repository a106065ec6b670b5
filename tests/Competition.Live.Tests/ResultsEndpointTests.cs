using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Competition.Live.Tests;

public sealed class ResultsEndpointTests(LiveApiFixture api) : IClassFixture<LiveApiFixture>
{
    async Task<(HttpStatusCode Status, string? MediaType, JsonNode? Body)> GetAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await api.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    [Fact]
    public async Task Contest_leaderboard_and_awards_are_readable_without_a_token()
    {
        var c = new ElectricianContest(api);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();

        var contest = await GetAsync($"/api/contests/{c.Contest}");
        contest.Status.ShouldBe(HttpStatusCode.OK);
        ((string)contest.Body!["categories"]![0]!["stages"]![1]!["aggregation"]!["rule"]!).ShouldBe("mean");
        contest.Body.ToJsonString().ShouldNotContain(c.J1TokenHash);

        var board = await GetAsync($"/api/contests/{c.Contest}/categories/{c.Category}/leaderboard");
        board.Status.ShouldBe(HttpStatusCode.OK);
        board.Body!["rows"]!.AsArray().Select(r => (int)r!["rank"]!).ShouldBe([1, 2, 2, 4]);
        board.Body["rows"]![0]!.AsObject().ContainsKey("award").ShouldBeFalse();

        var awards = await GetAsync($"/api/contests/{c.Contest}/categories/{c.Category}/awards");
        ((string)awards.Body!["status"]!).ShouldBe("none");
    }

    [Theory]
    [InlineData("/api/contests/{unknown}")]
    [InlineData("/api/contests/not-a-guid")]
    [InlineData("/api/contests/{contest}/categories/{unknown}/leaderboard")]
    [InlineData("/api/contests/{unknown}/categories/{category}/leaderboard")]
    [InlineData("/api/contests/{contest}/categories/nope/awards")]
    public async Task Unknown_ids_answer_404_problem_details(string template)
    {
        var c = new ElectricianContest(api);
        await c.SetUpAsync();
        var path = template.Replace("{unknown}", Guid.NewGuid().ToString())
            .Replace("{contest}", c.Contest.ToString()).Replace("{category}", c.Category.ToString());

        var (status, mediaType, body) = await GetAsync(path);
        status.ShouldBe(HttpStatusCode.NotFound);
        mediaType.ShouldBe("application/problem+json");
        ((int)body!["status"]!).ShouldBe(404);
        ((string)body["title"]!).ShouldNotBeNullOrWhiteSpace();
        ((string)body["detail"]!).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Judge_me_needs_a_known_judge_token()
    {
        var c = new ElectricianContest(api);
        await c.SetUpAsync();

        foreach (var token in new[] { null, "not-a-token" })
        {
            var (status, mediaType, body) = await GetAsync("/api/judge/me", token);
            status.ShouldBe(HttpStatusCode.Unauthorized);
            mediaType.ShouldBe("application/problem+json");
            ((int)body!["status"]!).ShouldBe(401);
        }

        var me = await GetAsync("/api/judge/me", c.J1Token);
        me.Status.ShouldBe(HttpStatusCode.OK);
        ((string)me.Body!["judgeId"]!).ShouldBe(c.J1.ToString());
        me.Body["assignments"]!.AsArray().Count.ShouldBe(6);
        me.Body.ToJsonString().ShouldNotContain("Entrant");
    }

    [Fact]
    public async Task Judge_me_shows_a_mark_put_over_HTTP_with_the_sheet_version()
    {
        var c = new ElectricianContest(api);
        await c.SetUpAsync();
        using var put = new HttpRequestMessage(HttpMethod.Put,
            $"/api/contests/{c.Contest}/stages/{c.Theory}/entries/{c.E2}/marks/{c.T}") { Content = JsonContent.Create(new { points = 77 }) };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", c.J1Token);
        using var answer = await api.Http.SendAsync(put);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var version = (long)JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["version"]!;
        await api.CaughtUpAsync();

        var me = (await GetAsync("/api/judge/me", c.J1Token)).Body!;
        var sheet = me["assignments"]!.AsArray().Single(a => (string)a!["entryId"]! == c.E2.ToString() && (string)a["stageId"]! == c.Theory.ToString())!["sheet"]!;
        ((decimal)sheet["marks"]![c.T.ToString()]!).ShouldBe(77m);
        ((long)sheet["version"]!).ShouldBe(version);
        ((string)sheet["status"]!).ShouldBe("open");
    }
}
