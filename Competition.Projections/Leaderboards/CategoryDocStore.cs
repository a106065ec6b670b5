using Competition.Projections.Plumbing;
using Npgsql;
using NpgsqlTypes;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Loads and saves category documents with their sheets, keeping parsed copies between batches. A cached
/// copy is used only while its <c>last_seq</c> still matches the table's, so a batch that rolled back, a
/// rebuild or another node taking over the projection can never leave a stale copy in use. Only the
/// sheets a batch changed are written.
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
        var parsed = new List<CategoryDoc>();
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetGuid(0);
                if (reader.IsDBNull(2)) docs[id] = cache[id];
                else parsed.Add(docs[id] = ReadModelJson.Deserialize<CategoryDoc>(reader.GetString(2)));
            }
        foreach (var id in ids.Where(id => !docs.ContainsKey(id))) cache.Remove(id);
        if (parsed.Count > 0) await LoadSheetsAsync(parsed, conn, tx, ct);
        return docs;
    }

    async Task LoadSheetsAsync(List<CategoryDoc> docs, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var byId = docs.ToDictionary(d => d.CategoryId);
        await using var cmd = new NpgsqlCommand($"SELECT category_id, sheet::text FROM {db.Sheets} WHERE category_id = ANY($1)", conn, tx)
        { Parameters = { new() { Value = byId.Keys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid } } };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var sheet = ReadModelJson.Deserialize<SheetDoc>(reader.GetString(1));
            byId[reader.GetGuid(0)].Sheets[CategoryDoc.SheetKey(sheet.JudgeId, sheet.EntryId, sheet.StageId)] = sheet;
        }
    }

    /// <summary>The statements that store the document and its changed sheets, for the caller's batch; then <see cref="Saved"/>.</summary>
    public IEnumerable<NpgsqlBatchCommand> SaveCommands(CategoryDoc doc)
    {
        yield return new NpgsqlBatchCommand($"""
            INSERT INTO {db.CategoryDocs} (category_id, contest_id, last_seq, doc) VALUES ($1, $2, $3, $4::jsonb)
            ON CONFLICT (category_id) DO UPDATE SET last_seq = excluded.last_seq, doc = excluded.doc
            """)
        {
            Parameters = { new() { Value = doc.CategoryId }, new() { Value = doc.ContestId }, new() { Value = doc.LastSequence },
                new() { Value = ReadModelJson.Serialize(doc) } },
        };
        if (doc.ChangedSheets.Count == 0) yield break;
        var sheets = doc.ChangedSheets.Select(key => doc.Sheets[key]).ToList();
        yield return new NpgsqlBatchCommand($"""
            INSERT INTO {db.Sheets} (category_id, judge_id, entry_id, stage_id, sheet)
            SELECT $1, s.judge_id, s.entry_id, s.stage_id, s.sheet::jsonb FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) AS s(judge_id, entry_id, stage_id, sheet)
            ON CONFLICT (category_id, judge_id, entry_id, stage_id) DO UPDATE SET sheet = excluded.sheet
            """)
        {
            Parameters =
            {
                new() { Value = doc.CategoryId },
                new() { Value = sheets.Select(s => s.JudgeId).ToArray() },
                new() { Value = sheets.Select(s => s.EntryId).ToArray() },
                new() { Value = sheets.Select(s => s.StageId).ToArray() },
                new() { Value = sheets.Select(ReadModelJson.Serialize).ToArray() },
            },
        };
    }

    /// <summary>The batch holding <see cref="SaveCommands"/> ran: the document is what the table holds now.</summary>
    public void Saved(CategoryDoc doc)
    {
        doc.ChangedSheets.Clear();
        cache[doc.CategoryId] = doc;
    }
}
