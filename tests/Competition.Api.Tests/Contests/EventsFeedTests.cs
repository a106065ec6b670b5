using System.Net;
using System.Text;
using Competition.Api.Tests.Support;
using Npgsql;

namespace Competition.Api.Tests.Contests;

/// The integrator feed of one contest reads that contest's events through an index by contest: its cost
/// does not grow with the other contests in the log (it used to scan every tenant's events on every page).
public sealed class EventsFeedTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task A_contests_feed_does_not_scan_the_events_of_other_contests()
    {
        var (small, smallOrg) = await ContestAsync("Small", entries: 3);
        await ContestAsync("Big", entries: 3000);
        await using var db = NpgsqlDataSource.Create(factory.ConnectionString);
        await db.CreateCommand("analyze mt_events").ExecuteNonQueryAsync();

        // The feed's own statement (Feed/EventsFeed.cs), explained as run.
        await using var explain = db.CreateCommand("""
            explain (analyze, format text) select seq_id, stream_id, type, timestamp, data::text from public.mt_events
            where seq_id > $1 and data->>'contestId' = $2 order by seq_id limit $3
            """);
        explain.Parameters.Add(new() { Value = 0L });
        explain.Parameters.Add(new() { Value = small });
        explain.Parameters.Add(new() { Value = 1000 });
        var plan = new StringBuilder();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(0));
        plan.ToString().ShouldContain("ix_mt_events_contest_seq", customMessage: plan.ToString());
        plan.ToString().ShouldNotContain("Seq Scan", customMessage: plan.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/contests/{small}/events?after=0") { Headers = { Authorization = new("Bearer", smallOrg) } };
        var lines = (await (await api.Http.SendAsync(request)).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1 + 1 + 1 + 3); // created, category, registration opened, three entries
    }

    async Task<(string Id, string Org)> ContestAsync(string name, int entries)
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name, kind = "skills" }, HttpStatusCode.Created))!;
        var (id, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        await api.Create($"/api/contests/{id}/categories", org, new { name = "Welder", entryType = "individual" });
        await api.Post($"/api/contests/{id}/registration/open", org);
        var csv = new StringBuilder("category,name,organization,members\n");
        for (var i = 0; i < entries; i++) csv.Append($"Welder,Worker {i},Plant {i % 50},\n");
        var imported = (await api.Post($"/api/contests/{id}/entries/import", org, csv.ToString(), HttpStatusCode.OK))!;
        ((int)imported["imported"]!).ShouldBe(entries);
        return (id, org);
    }
}
