using System.Net;
using System.Text;
using Competition.Api.Entries;
using Competition.Api.Tests.Support;
using Npgsql;

namespace Competition.Api.Tests.Contests;

/// Issue 20, row 1: one contest's import cannot hold every board back. It is written in chunks, one transaction
/// each (the daemon cannot pass a sequence number an open transaction took), and the boards take no notice of
/// registrations. An entry's id follows from the contest, the file and the line, so the same file sent again
/// (after a failure part-way, or twice by mistake) registers each of its entries once and answers as the first time.
public sealed class ImportWritingTests : IAsyncLifetime
{
    readonly ApiFactory factory = new() { Settings = { ["Competition:Imports:PerMinute"] = "100" } };
    ApiClient api = null!;

    public async Task InitializeAsync()
    {
        await factory.InitializeAsync();
        api = new ApiClient(factory.CreateClient());
    }

    public Task DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task A_file_of_several_chunks_sent_twice_registers_each_entry_once()
    {
        var (contest, organizer) = await ContestAsync();
        var rows = EntryHandler.ImportChunk * 2 + 7;
        var file = Csv(rows, "Plant");

        var first = (await api.Post($"{contest}/entries/import", organizer, file, HttpStatusCode.OK))!;
        ((int)first["imported"]!).ShouldBe(rows);
        var again = (await api.Post($"{contest}/entries/import", organizer, file, HttpStatusCode.OK))!;
        ((int)again["imported"]!).ShouldBe(rows);
        again["errors"]!.AsArray().ShouldBeEmpty();

        var entries = (await api.Get(contest))["categories"]![0]!["entries"]!.AsArray();
        entries.Count.ShouldBe(rows);
        entries.Select(e => (string)e!["name"]!).Distinct().Count().ShouldBe(rows);

        // Another file (one character differs) is other entries; the same file in another contest too.
        await api.Post($"{contest}/entries/import", organizer, Csv(rows, "Plent"), HttpStatusCode.OK);
        (await api.Get(contest))["categories"]![0]!["entries"]!.AsArray().Count.ShouldBe(2 * rows);
        var (other, otherOrganizer) = await ContestAsync();
        await api.Post($"{other}/entries/import", otherOrganizer, file, HttpStatusCode.OK);
        (await api.Get(other))["categories"]![0]!["entries"]!.AsArray().Count.ShouldBe(rows);
    }

    [Fact]
    public async Task An_import_commits_in_chunks_and_leaves_the_boards_alone_until_its_entries_are_approved()
    {
        var (contest, organizer) = await ContestAsync();
        var rows = EntryHandler.ImportChunk * 3 + 1;
        using var import = new HttpRequestMessage(HttpMethod.Post, $"{contest}/entries/import")
        {
            Content = new StringContent(Csv(rows, "Plant"), Encoding.UTF8, "text/csv"),
            Headers = { Authorization = new("Bearer", organizer) },
        };
        using var answer = await api.Http.SendAsync(import);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var imported = long.Parse(answer.Headers.GetValues("Event-Sequence").Single());
        var category = (string)(await api.Get(contest))["categories"]![0]!["id"]!;

        // xmin: the transaction that wrote each row of the log.
        (await ScalarAsync("select count(distinct xmin::text) from mt_events where type = 'entry.registered' and data->>'categoryId' = $1", category))
            .ShouldBe(4L);
        var firstRegistration = await ScalarAsync("select min(seq_id) from mt_events where type = 'entry.registered' and data->>'categoryId' = $1", category);
        // The board has passed the whole import, and none of it shaped the board.
        var board = await api.Get($"{contest}/categories/{category}/leaderboard?after={imported}");
        ((long)board["sequence"]!).ShouldBeLessThan(firstRegistration);
        board["rows"]!.AsArray().ShouldBeEmpty();

        var first = (string)(await api.Get(contest))["categories"]![0]!["entries"]![0]!["id"]!;
        await api.Post($"{contest}/entries/{first}/approve", organizer);
        await Eventually.True(async () => (await api.Get($"{contest}/categories/{category}/leaderboard"))["rows"]!.AsArray() is [{ } row]
            && (string)row["name"]! == "Worker 0" && (string)row["organization"]! == "Plant 0", "The approved entry did not reach its board");
    }

    async Task<long> ScalarAsync(string sql, string parameter)
    {
        await using var db = NpgsqlDataSource.Create(factory.ConnectionString);
        await using var command = db.CreateCommand(sql);
        command.Parameters.Add(new() { Value = parameter });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public void Import_ids_are_name_based_uuids_that_differ_by_contest_file_and_line()
    {
        var (contest, file) = (Guid.NewGuid(), ImportIds.HashOf("category,name\nWelder,Li\n"));
        var id = ImportIds.For(contest, file, 2);
        id.ShouldBe(ImportIds.For(contest, file, 2));
        id.Version.ShouldBe(8);
        new[] { ImportIds.For(contest, file, 3), ImportIds.For(Guid.NewGuid(), file, 2), ImportIds.For(contest, ImportIds.HashOf("x"), 2) }
            .ShouldAllBe(other => other != id);
    }

    async Task<(string Path, string Organizer)> ContestAsync()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Resend", kind = "skills" }, HttpStatusCode.Created))!;
        var (path, organizer) = ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        await api.Create($"{path}/categories", organizer, new { name = "Welder", entryType = "individual" });
        await api.Post($"{path}/registration/open", organizer);
        return (path, organizer);
    }

    static string Csv(int rows, string organization)
    {
        var csv = new StringBuilder("category,name,organization,members\n");
        for (var i = 0; i < rows; i++) csv.Append($"Welder,Worker {i},{organization} {i % 7},\n");
        return csv.ToString();
    }
}
