using Marten;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// A batch's changed board rows in one statement, upserted from arrays, and its removed rows in another. Marten would
/// queue one upsert function call per row: a batch of marks on a 3,000-entry board changes a few hundred rows, and one
/// call per row made the rows cost PostgreSQL about as much as the marks themselves (bench/ screen, the closed loops
/// at 3,000 entries against 30). Marten's bulk insert runs outside the projection's transaction, so it cannot serve.
/// The statements are queued in the batch's unit of work, after the operations queued before them.
/// </summary>
static class BoardLineWrites
{
    public static void Queue(IDocumentOperations operations, List<BoardLine> changed, List<Guid> gone)
    {
        if (changed.Count == 0 && gone.Count == 0) return;
        var options = operations.DocumentStore.Options;
        var table = options.FindOrResolveDocumentType(typeof(BoardLine)).TableName.QualifiedName;
        if (gone.Count > 0) operations.QueueSqlCommand($"delete from {table} where id = any(?)", gone.ToArray());
        if (changed.Count == 0) return;
        var serializer = options.Serializer();
        operations.QueueSqlCommand($"""
            insert into {table} (id, data, category_id, mt_last_modified, mt_version, mt_dotnet_type)
            select line.id, line.data::jsonb, line.category_id, transaction_timestamp(), gen_random_uuid(), ?
            from unnest(?::uuid[], ?::text[], ?::uuid[]) as line(id, data, category_id)
            on conflict (id) do update set data = excluded.data, category_id = excluded.category_id,
              mt_last_modified = excluded.mt_last_modified, mt_version = excluded.mt_version
            """,
            typeof(BoardLine).FullName!, changed.Select(l => l.EntryId).ToArray(), changed.Select(serializer.ToJson).ToArray(),
            changed.Select(l => l.CategoryId).ToArray());
    }
}
