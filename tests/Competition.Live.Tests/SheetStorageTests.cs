using System.Text.Json;
using Competition.EventStore;
using Competition.Projections.Judging;
using Competition.Projections.Plumbing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Competition.Live.Tests;

/// <summary>Sheets are stored one row each in read_sheets; documents written before that carried them inside.</summary>
public sealed class SheetStorageTests(ProjectionHostFixture host) : IClassFixture<ProjectionHostFixture>
{
    [Fact]
    public async Task Sheets_inside_an_older_document_move_to_their_own_table_when_a_node_starts()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();
        var sheets = await SheetRowsAsync();
        sheets.Count.ShouldBe(14); // every judge × entry × stage with a mark in the standard field
        var assignments = Json(await host.Db.JudgeByTokenHashAsync(c.J1TokenHash, default));

        await ExecuteAsync("""
            UPDATE read_category_docs d SET doc = d.doc || jsonb_build_object('sheets',
                (SELECT jsonb_object_agg(s.judge_id::text || s.entry_id::text || s.stage_id::text, s.sheet) FROM read_sheets s WHERE s.category_id = d.category_id));
            DELETE FROM read_sheets;
            """);
        (await SheetRowsAsync()).ShouldBeEmpty();

        await using var restarted = new ReadModelDb(host.Host.Services.GetRequiredService<EventStoreOptions>());
        await restarted.EnsureTablesAsync(default);

        (await SheetRowsAsync()).ShouldBe(sheets);
        (await CountAsync("SELECT count(*) FROM read_category_docs WHERE doc ? 'sheets'")).ShouldBe(0);
        Json(await restarted.JudgeByTokenHashAsync(c.J1TokenHash, default)).ShouldBe(assignments);
    }

    static string Json(object? value) => JsonSerializer.Serialize(value, ReadModelJson.Options);

    async Task<List<string>> SheetRowsAsync()
    {
        await using var conn = await host.Db.DataSource.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT category_id, judge_id, entry_id, stage_id, sheet::text FROM read_sheets ORDER BY 1, 2, 3, 4", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(string.Join('|', Enumerable.Range(0, 5).Select(i => reader.GetValue(i).ToString())));
        return rows;
    }

    async Task ExecuteAsync(string sql)
    {
        await using var cmd = host.Db.DataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    async Task<long> CountAsync(string sql)
    {
        await using var cmd = host.Db.DataSource.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
