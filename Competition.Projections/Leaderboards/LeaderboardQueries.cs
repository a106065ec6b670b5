using Competition.Projections.Contests;
using Competition.Projections.Plumbing;
using Npgsql;

namespace Competition.Projections.Leaderboards;

public static class LeaderboardQueries
{
    /// <summary>The stored board; an empty one (sequence 0) for a known category the projection has
    /// not reached yet; null for an unknown contest or category.</summary>
    public static async Task<LeaderboardView?> LeaderboardAsync(this ReadModelDb db, Guid contestId, Guid categoryId, CancellationToken ct) =>
        await StoredAsync<LeaderboardView>(db, db.Leaderboards, "board", contestId, categoryId, ct)
        ?? (await db.CategoryExistsAsync(contestId, categoryId, ct) ? LeaderboardView.Empty(contestId, categoryId, 0) : null);

    /// <summary>As <see cref="LeaderboardAsync"/>, for the category's awards view.</summary>
    public static async Task<AwardsView?> AwardsAsync(this ReadModelDb db, Guid contestId, Guid categoryId, CancellationToken ct) =>
        await StoredAsync<AwardsView>(db, db.Awards, "view", contestId, categoryId, ct)
        ?? (await db.CategoryExistsAsync(contestId, categoryId, ct) ? AwardsView.Empty(contestId, categoryId, 0) : null);

    static async Task<T?> StoredAsync<T>(ReadModelDb db, string table, string column, Guid contestId, Guid categoryId, CancellationToken ct)
        where T : class
    {
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"SELECT {column}::text FROM {table} WHERE category_id = $1 AND contest_id = $2", conn)
        { Parameters = { new() { Value = categoryId }, new() { Value = contestId } } };
        return await cmd.ExecuteScalarAsync(ct) is string json ? ReadModelJson.Deserialize<T>(json) : null;
    }

    /// <summary>
    /// Working documents by category id with one judge's sheets (not the others'), for queries that derive
    /// from them (judge assignments). One statement, so document and sheets are of the same commit.
    /// </summary>
    public static async Task<IReadOnlyList<CategoryDoc>> CategoryDocsAsync(
        this ReadModelDb db, IReadOnlyList<Guid> categoryIds, Guid judgeId, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"""
            SELECT d.doc::text, (SELECT coalesce(jsonb_agg(s.sheet), '[]') FROM {db.Sheets} s
                                 WHERE s.category_id = d.category_id AND s.judge_id = $2)::text
            FROM {db.CategoryDocs} d WHERE d.category_id = ANY($1)
            """, conn)
        { Parameters = { new() { Value = categoryIds.ToArray() }, new() { Value = judgeId } } };
        var docs = new List<CategoryDoc>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var doc = ReadModelJson.Deserialize<CategoryDoc>(reader.GetString(0));
            foreach (var sheet in ReadModelJson.Deserialize<List<SheetDoc>>(reader.GetString(1)))
                doc.Sheets[CategoryDoc.SheetKey(sheet.JudgeId, sheet.EntryId, sheet.StageId)] = sheet;
            docs.Add(doc);
        }
        return docs;
    }
}
