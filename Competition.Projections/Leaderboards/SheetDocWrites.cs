using System.Text.Json;
using Marten;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Stores a batch's changed sheets with one set-based upsert into their Marten table, in the projection's own
/// transaction, where Marten would send one upsert per document. A mark changes one sheet, so at a national
/// final that is one upsert per mark: measured at 32 µs of PostgreSQL time each (bench/ marks and rebuild),
/// the largest single cost of a rebuild. The rows are what Marten writes (its document JSON, type name,
/// duplicated category column, a new version), so Marten reads them back as its own.
/// </summary>
static class SheetDocWrites
{
    public static void Queue(IDocumentOperations operations, Guid categoryId, IReadOnlyCollection<SheetDoc> sheets)
    {
        if (sheets.Count == 0) return;
        var schema = operations.DocumentStore.Options.DatabaseSchemaName;
        var serializer = operations.DocumentStore.Options.Serializer();
        operations.QueueSqlCommand($"""
            insert into {schema}.mt_doc_sheetdoc (id, data, mt_dotnet_type, category_id, mt_last_modified)
            select x.id, x.data, ?, ?, transaction_timestamp() from unnest(?::uuid[], ?::jsonb[]) as x(id, data)
            on conflict (id) do update set data = excluded.data, category_id = excluded.category_id,
                mt_last_modified = excluded.mt_last_modified, mt_version = md5(random()::text || clock_timestamp()::text)::uuid
            """,
            typeof(SheetDoc).FullName!, categoryId,
            sheets.Select(s => s.Id).ToArray(), sheets.Select(s => serializer.ToJson(s)).ToArray());
    }
}
