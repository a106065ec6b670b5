using Competition.Domain.Sheets;
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
    /// the mark moved, so the board read it, and its entry's total must be its sheet's last committed points.
    /// </summary>
    public static async Task<List<(long Starting, long Ending)>> ShouldCoverOnlyHolesAsync(
        IDocumentStore store, string connectionString, MarkingCategory category)
    {
        var skips = await ReadAsync(store, connectionString);
        await using var session = store.QuerySession();
        var totals = await category.BoardTotalsAsync(store);
        foreach (var (starting, ending) in skips)
        {
            var filled = (await session.Events.QueryAllRawEvents().Where(e => e.Sequence == starting + 1).ToListAsync()).SingleOrDefault();
            if (filled is null) continue;
            var sheet = await session.Events.FetchStreamAsync(filled.StreamId);
            var (entry, points) = sheet[^1].Data switch
            {
                MarkAwarded m => (m.EntryId, m.Points),
                MarkCorrected m => (m.EntryId, m.Points),
                var other => throw new InvalidOperationException($"the skip ({starting}, {ending}] passed a {other.GetType().Name}"),
            };
            totals.GetValueOrDefault(entry).ShouldBe(points, $"the skip ({starting}, {ending}] passed sequence {starting + 1}, whose sheet is not on the board");
        }
        return skips;
    }
}
