using Marten;
using Npgsql;

namespace Competition.Store.Tests;

/// <summary>The leaderboard projection's documents as stored (mt_doc_* of CategoryDoc, LeaderboardView and its BoardLine rows, AwardsView, and
/// the labour and points contests' boards),
/// each table in key order.</summary>
internal static class BoardDocuments
{
    public static readonly string[] Tables =
    [
        "mt_doc_categorydoc", "mt_doc_categoryentries", "mt_doc_leaderboardview", "mt_doc_boardline", "mt_doc_awardsview", "mt_doc_roundboardview", "mt_doc_seasonstandingsview",
        "mt_doc_pointsstandingsview",
    ];

    public static async Task<Dictionary<string, List<(string Id, string Data)>>> DumpAsync(IDocumentStore store, string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var dump = new Dictionary<string, List<(string, string)>>();
        foreach (var table in Tables)
        {
            await using var cmd = new NpgsqlCommand($"SELECT id::text, data::text FROM {store.Schema()}.{table} ORDER BY id", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = new List<(string, string)>();
            while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1)));
            dump[table] = rows;
        }
        return dump;
    }

    public static async Task<DateTimeOffset> ServerTimeAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT clock_timestamp()", conn);
        return new DateTimeOffset((DateTime)(await cmd.ExecuteScalarAsync())!, TimeSpan.Zero);
    }

    /// <summary>Documents of the projection last written before <paramref name="time"/>.</summary>
    public static async Task<long> WrittenBeforeAsync(IDocumentStore store, string connectionString, DateTimeOffset time)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        long count = 0;
        foreach (var table in Tables)
        {
            await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {store.Schema()}.{table} WHERE mt_last_modified < $1", conn)
            { Parameters = { new() { Value = time } } };
            count += (long)(await cmd.ExecuteScalarAsync())!;
        }
        return count;
    }

    public static string Describe(Dictionary<string, List<(string Id, string Data)>> dump) =>
        string.Join(", ", dump.Select(t => $"{t.Key}: {t.Value.Count} rows"));

    /// <summary>The comparison means something: both categories have boards, the Electrician's awards are confirmed.</summary>
    public static void ShouldBeAFinishedContest(Dictionary<string, List<(string Id, string Data)>> dump)
    {
        dump["mt_doc_categorydoc"].Count.ShouldBe(2);
        dump["mt_doc_leaderboardview"].Count.ShouldBe(2);
        // Marked: every board has entries with points (rows stored apart, by category).
        foreach (var (id, _) in dump["mt_doc_leaderboardview"])
            dump["mt_doc_boardline"].Select(l => System.Text.Json.JsonDocument.Parse(l.Data).RootElement)
                .Where(l => l.GetProperty("categoryId").GetGuid() == Guid.Parse(id))
                .ShouldContain(l => l.GetProperty("row").GetProperty("total").GetDecimal() > 0);
        dump["mt_doc_leaderboardview"].ShouldContain(row => row.Data.Contains("\"status\": \"final\""));
        dump["mt_doc_awardsview"].ShouldContain(row => row.Data.Contains("\"status\": \"confirmed\"") && row.Data.Contains("Gold"));
    }

    public static void ShouldBeEqual(Dictionary<string, List<(string Id, string Data)>> actual, Dictionary<string, List<(string Id, string Data)>> expected)
    {
        foreach (var table in Tables)
        {
            actual[table].Select(r => r.Id).ShouldBe(expected[table].Select(r => r.Id), $"{table} ids");
            foreach (var ((id, data), (_, want)) in actual[table].Zip(expected[table]))
                data.ShouldBe(want, $"{table} {id}");
        }
    }
}
