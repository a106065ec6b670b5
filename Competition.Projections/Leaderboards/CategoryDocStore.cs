using Competition.Projections.Plumbing;
using Npgsql;
using NpgsqlTypes;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Loads and saves category documents, keeping parsed copies between batches. A cached copy is used
/// only while its <c>last_seq</c> still matches the table's, so a batch that rolled back, a rebuild or
/// another node taking over the projection can never leave a stale copy in use.
/// </summary>
sealed class CategoryDocStore(ReadModelDb db)
{
    readonly Dictionary<Guid, CategoryDoc> cache = [];

    public void Forget() => cache.Clear();

    public async Task<Dictionary<Guid, CategoryDoc>> LoadAsync(
        IReadOnlyCollection<Guid> ids, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var known = ids.Where(cache.ContainsKey).ToArray();
        await using var cmd = new NpgsqlCommand($"""
            SELECT d.category_id, d.last_seq, CASE WHEN k.seq IS DISTINCT FROM d.last_seq THEN d.doc::text END
            FROM {db.CategoryDocs} d LEFT JOIN unnest($2::uuid[], $3::bigint[]) AS k(id, seq) ON k.id = d.category_id
            WHERE d.category_id = ANY($1)
            """, conn, tx)
        {
            Parameters =
            {
                new() { Value = ids.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
                new() { Value = known, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid },
                new() { Value = known.Select(id => cache[id].LastSequence).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint },
            },
        };
        var docs = new Dictionary<Guid, CategoryDoc>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetGuid(0);
                docs[id] = reader.IsDBNull(2) ? cache[id] : ReadModelJson.Deserialize<CategoryDoc>(reader.GetString(2));
            }
        foreach (var id in ids.Where(id => !docs.ContainsKey(id))) cache.Remove(id);
        return docs;
    }

    /// <summary>The upsert of <paramref name="doc"/>; call <see cref="Saved"/> once it has run.</summary>
    public NpgsqlBatchCommand Save(CategoryDoc doc) => new($"""
        INSERT INTO {db.CategoryDocs} (category_id, contest_id, last_seq, doc) VALUES ($1, $2, $3, $4::jsonb)
        ON CONFLICT (category_id) DO UPDATE SET last_seq = excluded.last_seq, doc = excluded.doc
        """)
    {
        Parameters = { new() { Value = doc.CategoryId }, new() { Value = doc.ContestId }, new() { Value = doc.LastSequence },
            new() { Value = ReadModelJson.Serialize(doc) } },
    };

    public void Saved(CategoryDoc doc) => cache[doc.CategoryId] = doc;
}
