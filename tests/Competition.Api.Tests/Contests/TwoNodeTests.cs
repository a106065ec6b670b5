using System.Net;
using Competition.Api.Tests.Support;
using Competition.TestHost;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Api.Tests.Contests;

/// Two API nodes on one database. A node decides marks on the contest, entry and sheet as it last
/// saw them, without reading the log; whatever the other node changed meanwhile must still be
/// honoured: a judge appointed there may mark here, a mark changed there is not lost here, and a
/// disqualification or a closed stage there refuses marks here.
public sealed class TwoNodeTests : IAsyncLifetime
{
    readonly PostgresDatabaseFixture database = new();
    ApiHost nodeA = null!, nodeB = null!;
    ApiClient a = null!, b = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        nodeA = new ApiHost(database.ConnectionString, ApiFactory.AdminKey);
        nodeB = new ApiHost(database.ConnectionString, ApiFactory.AdminKey);
        (a, b) = (new ApiClient(nodeA.CreateClient()), new ApiClient(nodeB.CreateClient()));
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_node_deciding_on_what_it_last_saw_still_honours_every_change_made_on_the_other_node()
    {
        var contest = await MarkingContest.SetUpAsync(b.Http, ApiFactory.AdminKey, entries: 3, judges: 1, criteria: 1);
        var (judge, criterion) = (contest.Judges[0].Token, contest.Criteria[0]);
        var c = $"/api/contests/{contest.ContestId}";
        // Node A learns the contest, the entries and the sheets.
        foreach (var entry in contest.Entries) await a.Put(contest.MarkUrl(entry, criterion), judge, new { points = 50 });

        // Appointed on B: the new judge's token is not in A's contest state, yet A accepts it.
        var appointed = (await b.Post($"{c}/judges", contest.OrganizerToken,
            new { name = "Late judge", organization = "Other union", categoryIds = new[] { contest.CategoryId } }, HttpStatusCode.Created))!;
        await a.Put(contest.MarkUrl(contest.Entries[0], criterion), (string)appointed["token"]!, new { points = 70 });

        // The judge changes a mark on B, then on A: A's sheet is stale, and the change on A still lands after B's.
        var onB = await b.Put(contest.MarkUrl(contest.Entries[0], criterion), judge, new { points = 60 });
        var onA = await a.Put(contest.MarkUrl(contest.Entries[0], criterion), judge, new { points = 65 });
        ((long)onA!["version"]!).ShouldBe((long)onB!["version"]! + 1);
        (await MarksOfAsync(contest.Entries[0], contest.Judges[0].Id)).ShouldBe([50m, 60m, 65m]);
        // If-Match is checked against the sheet as it is, not as A last saw it.
        await b.Put(contest.MarkUrl(contest.Entries[0], criterion), judge, new { points = 66 });
        var latest = (long)onA["version"]! + 1;
        (await PutIfMatchAsync(contest.MarkUrl(contest.Entries[0], criterion), judge, latest - 1, 67)).ShouldBe(HttpStatusCode.Conflict);
        (await PutIfMatchAsync(contest.MarkUrl(contest.Entries[0], criterion), judge, latest, 68)).ShouldBe(HttpStatusCode.OK);

        // Disqualified on B: A refuses the entry's marks.
        await b.Post($"{c}/entries/{contest.Entries[1]}/disqualify", contest.OrganizerToken, new { reason = "Forbidden tool" });
        var before = await EventCountAsync();
        await a.Send(HttpMethod.Put, contest.MarkUrl(contest.Entries[1], criterion), judge, new { points = 80 }, HttpStatusCode.Conflict);
        (await EventCountAsync()).ShouldBe(before);

        // Stage closed on B: A refuses every mark of the stage.
        await b.Post($"{c}/stages/{contest.StageId}/close", contest.OrganizerToken);
        before = await EventCountAsync();
        await a.Send(HttpMethod.Put, contest.MarkUrl(contest.Entries[2], criterion), judge, new { points = 80 }, HttpStatusCode.Conflict);
        (await EventCountAsync()).ShouldBe(before);
        (await MarksOfAsync(contest.Entries[2], contest.Judges[0].Id)).ShouldBe([50m]);
    }

    [Fact]
    public async Task A_judge_token_revoked_on_one_node_is_refused_on_the_other_at_once()
    {
        var contest = await MarkingContest.SetUpAsync(b.Http, ApiFactory.AdminKey, entries: 1, judges: 2, criteria: 1);
        var (lost, other) = (contest.Judges[0], contest.Judges[1]);
        var url = contest.MarkUrl(contest.Entries[0], contest.Criteria[0]);
        await a.Put(url, lost.Token, new { points = 50 }); // A now knows the token, and marks on what it saw

        await b.Post($"/api/contests/{contest.ContestId}/judges/{lost.Id}/token/revoke", contest.OrganizerToken);
        var before = await EventCountAsync();
        await a.Put(url, lost.Token, new { points = 51 }, HttpStatusCode.Unauthorized);
        await a.Post($"/api/contests/{contest.ContestId}/stages/{contest.StageId}/entries/{contest.Entries[0]}/sheet/submit", lost.Token,
            expected: HttpStatusCode.Unauthorized);
        (await EventCountAsync()).ShouldBe(before);
        (await MarksOfAsync(contest.Entries[0], lost.Id)).ShouldBe([50m]);
        await a.Put(url, other.Token, new { points = 70 }); // A learns the revocation; the other judge marks on
    }

    async Task<HttpStatusCode> PutIfMatchAsync(string url, string token, long version, decimal points)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url);
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.IfMatch.Add(new($"\"{version}\""));
        request.Content = System.Net.Http.Json.JsonContent.Create(new { points });
        using var answer = await a.Http.SendAsync(request);
        return answer.StatusCode;
    }

    async Task<long> EventCountAsync()
    {
        await using var db = NpgsqlDataSource.Create(database.ConnectionString);
        return (long)(await db.CreateCommand("select count(*) from mt_events").ExecuteScalarAsync())!;
    }

    async Task<List<decimal>> MarksOfAsync(Guid entryId, Guid judgeId)
    {
        await using var db = NpgsqlDataSource.Create(database.ConnectionString);
        await using var command = db.CreateCommand(
            "select (data->>'points')::numeric from mt_events where type like 'sheet.mark-%' " +
            "and data->>'entryId' = $1 and data->>'judgeId' = $2 order by seq_id");
        command.Parameters.Add(new() { Value = entryId.ToString() });
        command.Parameters.Add(new() { Value = judgeId.ToString() });
        var marks = new List<decimal>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) marks.Add(reader.GetDecimal(0));
        return marks;
    }
}
