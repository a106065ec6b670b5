using System.Text.Json;
using Competition.Domain;
using Competition.Projections.Judging;
using Competition.Projections.Leaderboards;
using Npgsql;

namespace Competition.Live.Tests;

/// <summary>Sheets are stored one Marten document each (mt_doc_sheetdoc, id = the sheet's stream), never inside
/// the category's working document, and only the sheets a batch changed are written.</summary>
public sealed class SheetStorageTests(MartenHostFixture host) : IClassFixture<MartenHostFixture>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Each_marked_sheet_is_its_own_document_named_by_its_stream_and_the_category_document_holds_none()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();

        var sheets = await SheetRowsAsync(c);
        sheets.Count.ShouldBe(14); // every judge × entry × stage with a mark in the standard field
        foreach (var sheet in sheets)
        {
            var doc = JsonDocument.Parse(sheet.Data).RootElement;
            var (judge, entry, stage) = (doc.GetProperty("judgeId").GetGuid(), doc.GetProperty("entryId").GetGuid(), doc.GetProperty("stageId").GetGuid());
            sheet.Id.ShouldBe(StreamIds.Sheet(judge, entry, stage));
            doc.GetProperty("categoryId").GetGuid().ShouldBe(c.Category);
        }
        (await CountAsync($"SELECT count(*) FROM mt_doc_categorydoc WHERE id = '{c.Category}' AND data ? 'sheets'")).ShouldBe(0);
        (await CountAsync($"SELECT count(*) FROM mt_doc_categorydoc WHERE id = '{c.Category}'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_mark_rewrites_its_own_sheet_document_and_no_other()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();
        var before = await SheetRowsAsync(c);

        await c.MarkAsync(c.J1, c.E4, c.Theory, c.T, 20); // a sheet already marked
        await c.MarkAsync(c.J2, c.E4, c.Theory, c.T, 30); // a new sheet

        var after = await SheetRowsAsync(c);
        var changed = StreamIds.Sheet(c.J1, c.E4, c.Theory);
        var added = StreamIds.Sheet(c.J2, c.E4, c.Theory);
        after.Select(s => s.Id).ShouldBe(before.Select(s => s.Id).Append(added), ignoreOrder: true);
        after.Where(s => s.Id != changed && s.Id != added).ShouldBe(before.Where(s => s.Id != changed));
        var rewritten = after.Single(s => s.Id == changed);
        rewritten.Version.ShouldNotBe(before.Single(s => s.Id == changed).Version);
        JsonDocument.Parse(rewritten.Data).RootElement.GetProperty("version").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task A_new_node_reads_every_sheet_back_from_its_document()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();
        var sheets = await SheetRowsAsync(c);
        var assignments = JsonSerializer.Serialize(await JudgeAsync(c), Json);

        await host.RestartAsync();

        (await SheetRowsAsync(c)).ShouldBe(sheets);
        JsonSerializer.Serialize(await JudgeAsync(c), Json).ShouldBe(assignments);
        // The new node's first batch loads the category with all its sheets: the other entries keep their totals.
        await c.MarkAsync(c.J2, c.E4, c.Theory, c.T, 20);
        var board = (await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, c.Category, default))).ShouldNotBeNull();
        board.Rows.Select(r => (r.EntryId, r.Total)).ShouldBe([(c.E1, 93m), (c.E2, 84.3m), (c.E3, 84.3m), (c.E4, 4.5m)], ignoreOrder: true);
    }

    async Task<JudgeMe?> JudgeAsync(ElectricianContest c)
    {
        var (me, caughtUp) = await host.ReadAsync(s => s.JudgeByTokenHashAsync(c.J1TokenHash, TimeSpan.FromSeconds(5), default));
        caughtUp.ShouldBeTrue();
        return me.ShouldNotBeNull();
    }

    sealed record SheetRow(Guid Id, Guid Version, string Data);

    /// <summary>The contest's sheet documents by id, with Marten's version of each write (a new one every time it is stored).</summary>
    async Task<List<SheetRow>> SheetRowsAsync(ElectricianContest c)
    {
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT id, mt_version, data::text FROM mt_doc_sheetdoc WHERE data->>'categoryId' = $1 ORDER BY id", conn)
        { Parameters = { new() { Value = c.Category.ToString() } } };
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<SheetRow>();
        while (await reader.ReadAsync()) rows.Add(new(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2)));
        return rows;
    }

    async Task<long> CountAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
