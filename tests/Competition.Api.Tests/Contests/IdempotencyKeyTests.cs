using System.Net;
using Competition.Api.Tests.Support;
using Competition.TestSupport;

namespace Competition.Api.Tests.Contests;

/// An Idempotency-Key names one judge action. Sent again with the same mark it is a resend (200, nothing
/// written); sent with another mark it is a client bug, refused with 409 instead of silently dropping the mark.
public sealed class IdempotencyKeyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_key_reused_for_another_mark_is_refused_and_the_sheet_keeps_only_the_first()
    {
        var http = factory.CreateClient();
        var contest = await MarkingContest.SetUpAsync(http, ApiFactory.AdminKey, entries: 1, judges: 1, criteria: 2);
        var (entry, judge) = (contest.Entries[0], contest.Judges[0].Token);
        var (c1, c2) = (contest.MarkUrl(entry, contest.Criteria[0]), contest.MarkUrl(entry, contest.Criteria[1]));

        (await PutAsync(http, c1, judge, "K", 6)).ShouldBe(HttpStatusCode.OK);
        (await PutAsync(http, c1, judge, "K", 6)).ShouldBe(HttpStatusCode.OK);
        (await PutAsync(http, c1, judge, "K", 8)).ShouldBe(HttpStatusCode.Conflict);
        (await PutAsync(http, c2, judge, "K", 2)).ShouldBe(HttpStatusCode.Conflict);

        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/judge/me") { Headers = { Authorization = new("Bearer", judge) } };
        var sheet = System.Text.Json.Nodes.JsonNode.Parse(await (await http.SendAsync(me)).Content.ReadAsStringAsync())!["assignments"]![0]!["sheet"]!;
        sheet["marks"]!.AsObject().Select(m => (m.Key, (decimal)m.Value!)).ShouldBe([(contest.Criteria[0].ToString(), 6m)]);
        ((long)sheet["version"]!).ShouldBe(1);
    }

    static async Task<HttpStatusCode> PutAsync(HttpClient http, string url, string token, string key, decimal points)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Headers = { Authorization = new("Bearer", token) },
            Content = System.Net.Http.Json.JsonContent.Create(new { points }),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var answer = await http.SendAsync(request);
        return answer.StatusCode;
    }
}
