using Competition.Projections.Leaderboards;
using Marten;
using Npgsql;

namespace Competition.Store.Tests;

/// <summary>The ranges Marten's high-water detection skipped (mt_high_water_skips: (starting, ending]).</summary>
internal static class HighWaterSkips
{
    public static async Task<List<(long Starting, long Ending)>> ReadAsync(IDocumentStore store, string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT starting_sequence, ending_sequence FROM {store.Schema()}.mt_high_water_skips ORDER BY ending_sequence", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var skips = new List<(long, long)>();
        while (await reader.ReadAsync()) skips.Add((reader.GetInt64(0), reader.GetInt64(1)));
        return skips;
    }

    /// <summary>
    /// A skip is only ever over a hole no transaction filled: the sequence the mark was stuck below has no row now that
    /// every writer has committed or died. The one exception is harmless and checked as such: a late transaction that
    /// commits between Marten's gap detection and its liveness probe is recorded as a skip, yet it committed before
    /// the mark moved, so the board read it, and its sheet must be on the board at (at least) its version.
    /// </summary>
    public static async Task<List<(long Starting, long Ending)>> ShouldCoverOnlyHolesAsync(IDocumentStore store, string connectionString)
    {
        var skips = await ReadAsync(store, connectionString);
        await using var session = store.QuerySession();
        foreach (var (starting, ending) in skips)
        {
            var filled = (await session.Events.QueryAllRawEvents().Where(e => e.Sequence == starting + 1).ToListAsync()).SingleOrDefault();
            if (filled is null) continue;
            var sheet = await session.LoadAsync<SheetDoc>(filled.StreamId);
            sheet.ShouldNotBeNull($"the skip ({starting}, {ending}] passed sequence {starting + 1}, whose event is not on the board");
            sheet.Version.ShouldBeGreaterThanOrEqualTo(filled.Version);
        }
        return skips;
    }
}
