using System.Text.Json.Nodes;
using Alba;
using Competition.Api.Tests.Support;
using Competition.TestSupport;

namespace Competition.Api.Tests.Contests;

/// API.md v1.1 "Reading what you wrote", through Alba scenarios: every write says where in the log it
/// landed, a board can be asked for at least that position, and boards are cheap to poll.
public sealed class ReadingWhatYouWroteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Every_write_answer_carries_the_sequence_of_its_last_event_and_a_repeat_the_head_of_the_log()
    {
        var contest = await MarkingContest.SetUpAsync(factory.CreateClient(), ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        var url = contest.MarkUrl(contest.Entries[0], contest.Criteria[0]);

        var first = await MarkAsync(url, contest.Judges[0].Token, 40);
        var second = await MarkAsync(url, contest.Judges[0].Token, 41);
        var repeat = await MarkAsync(url, contest.Judges[0].Token, 41);

        second.ShouldBeGreaterThan(first);
        repeat.ShouldBe(second, "a repeat writes nothing; the head is still the previous mark");
        (await EventAsync(second))["data"]!["points"]!.GetValue<decimal>().ShouldBe(41m);
    }

    [Fact]
    public async Task A_board_asked_for_after_a_write_includes_it_and_answers_304_while_unchanged()
    {
        var contest = await MarkingContest.SetUpAsync(factory.CreateClient(), ApiFactory.AdminKey, entries: 2, judges: 1, criteria: 1);
        var sequence = await MarkAsync(contest.MarkUrl(contest.Entries[1], contest.Criteria[0]), contest.Judges[0].Token, 77);

        var board = await factory.Host.Scenario(s =>
        {
            s.Get.Url($"{contest.LeaderboardUrl}?after={sequence}");
            s.StatusCodeShouldBeOk();
            s.Header("Cache-Control").SingleValueShouldEqual("public, max-age=1");
        });
        var json = JsonNode.Parse(await board.ReadAsTextAsync())!;
        json["sequence"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(sequence);
        json["rows"]!.AsArray().Single(r => (string)r!["entryId"]! == contest.Entries[1].ToString())!["total"]!.GetValue<decimal>().ShouldBe(77m);
        var etag = board.Context.Response.Headers.ETag.ToString();
        etag.ShouldBe($"\"{json["sequence"]}\"");

        await factory.Host.Scenario(s =>
        {
            s.Get.Url(contest.LeaderboardUrl);
            s.WithRequestHeader("If-None-Match", etag);
            s.StatusCodeShouldBe(304);
        });
    }

    [Fact]
    public async Task A_board_that_cannot_reach_the_asked_sequence_in_time_answers_503_with_Retry_After()
    {
        var contest = await MarkingContest.SetUpAsync(factory.CreateClient(), ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 1);
        await factory.Host.Scenario(s =>
        {
            s.Get.Url($"{contest.LeaderboardUrl}?after={long.MaxValue / 2}");
            s.StatusCodeShouldBe(503);
            s.Header("Retry-After").ShouldHaveValues();
            s.ContentTypeShouldBe("application/problem+json");
        });
    }

    async Task<long> MarkAsync(string url, string token, decimal points)
    {
        var answer = await factory.Host.Scenario(s =>
        {
            s.Put.Json(new { points }).ToUrl(url);
            s.WithBearerToken(token);
            s.StatusCodeShouldBeOk();
        });
        return long.Parse(answer.Context.Response.Headers["Event-Sequence"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
    }

    async Task<JsonNode> EventAsync(long sequence)
    {
        await using var db = Npgsql.NpgsqlDataSource.Create(factory.ConnectionString);
        var data = (string)(await db.CreateCommand($"select data::text from mt_events where seq_id = {sequence}").ExecuteScalarAsync())!;
        return new JsonObject { ["data"] = JsonNode.Parse(data) };
    }
}
