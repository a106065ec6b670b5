using System.Text.Json;
using Competition.Domain;
using Competition.Domain.Sheets;
using Competition.Projections.Judging;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Npgsql;

namespace Competition.Live.Tests;

/// <summary>
/// A sheet's state is its stream's: no document stores it. The boards keep sheets in the category's working document
/// in memory and read them back from the sheet streams when a node loads that document; a judge's tablet reads its
/// sheets from their streams.
/// </summary>
public sealed class SheetStreamsTests(MartenHostFixture host) : IClassFixture<MartenHostFixture>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task No_document_stores_a_sheet_neither_the_category_document_nor_a_table_of_its_own()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();

        (await CountAsync($"SELECT count(*) FROM mt_doc_categorydoc WHERE id = '{c.Category}'")).ShouldBe(1);
        (await CountAsync($"SELECT count(*) FROM mt_doc_categorydoc WHERE id = '{c.Category}' AND data ? 'sheets'")).ShouldBe(0);
        (await CountAsync("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'mt_doc_sheet%'")).ShouldBe(0);
    }

    [Fact]
    public async Task The_entries_are_stored_apart_from_the_category_document_and_only_when_one_changed()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        (await CountAsync($"SELECT count(*) FROM mt_doc_categorydoc WHERE id = '{c.Category}' AND data ? 'entries'")).ShouldBe(0);
        (await CountAsync($"SELECT jsonb_array_length(jsonb_path_query_array(data, '$.entries.*'))::bigint FROM mt_doc_categoryentries WHERE id = '{c.Category}'"))
            .ShouldBe(4);
        var before = await EntriesVersionAsync(c);
        await c.MarkStandardFieldAsync(); // marks change no entry: the entries are not written again
        (await EntriesVersionAsync(c)).ShouldBe(before);
    }

    async Task<string> EntriesVersionAsync(ElectricianContest c)
    {
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT mt_version::text FROM mt_doc_categoryentries WHERE id = '{c.Category}'", conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_judge_sees_a_mark_on_the_tablet_before_the_board_has_applied_it()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkAsync(c.J1, c.E4, c.Theory, c.T, 20);
        await host.Daemon.StopAgentAsync(LeaderboardProjection.ShardName);
        try
        {
            var sheet = StreamIds.Sheet(c.J1, c.E4, c.Theory);
            await StreamAppends.AppendAsync(host.Store, CompetitionStore.StreamTypes.Sheet, sheet,
                [new SheetSubmitted(sheet, c.Contest, c.Category, c.Theory, c.E4, c.J1, DateTimeOffset.UtcNow)]);

            var me = (await host.ReadAsync(s => s.JudgeByTokenHashAsync(c.J1TokenHash, default))).ShouldNotBeNull();
            var assignment = me.StageAssignments.Single(a => a.EntryId == c.E4 && a.StageId == c.Theory);
            (assignment.Sheet.Status, assignment.Sheet.Version).ShouldBe(("submitted", 2L));
            assignment.Sheet.Marks.ShouldBe(new Dictionary<Guid, decimal> { [c.T] = 20 });
            var board = (await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, c.Category, default))).ShouldNotBeNull();
            board.Rows.Single(r => r.EntryId == c.E4).JudgesDone.ShouldBe(0, "the board's shard is stopped: it has not seen the submission");
        }
        finally
        {
            await host.Daemon.StartAgentAsync(LeaderboardProjection.ShardName, default);
        }
    }

    [Fact]
    public async Task A_new_node_reads_every_sheet_back_from_the_sheet_streams()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();
        var assignments = JsonSerializer.Serialize(await JudgeAsync(c), Json);
        var document = await CategoryDocumentAsync(c);

        await host.RestartAsync();

        JsonSerializer.Serialize(await JudgeAsync(c), Json).ShouldBe(assignments);
        (await CategoryDocumentAsync(c)).ShouldBe(document);
        // The new node's first batch loads the category and its sheets: the other entries keep their totals.
        await c.MarkAsync(c.J2, c.E4, c.Theory, c.T, 20);
        var board = (await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, c.Category, default))).ShouldNotBeNull();
        board.Rows.Select(r => (r.EntryId, r.Total)).ShouldBe([(c.E1, 93m), (c.E2, 84.3m), (c.E3, 84.3m), (c.E4, 4.5m)], ignoreOrder: true);
    }

    async Task<JudgeMe> JudgeAsync(ElectricianContest c) =>
        (await host.ReadAsync(s => s.JudgeByTokenHashAsync(c.J1TokenHash, default))).ShouldNotBeNull();

    async Task<string> CategoryDocumentAsync(ElectricianContest c)
    {
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT data::text FROM mt_doc_categorydoc WHERE id = '{c.Category}'", conn);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    async Task<long> CountAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
