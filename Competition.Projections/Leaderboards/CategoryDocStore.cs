using Marten;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Loads and stores category documents with their sheets, keeping parsed copies between batches. A cached
/// copy is used only while its <c>LastSequence</c> still matches the stored document's, so a batch that
/// rolled back, a rebuild or another node taking over the projection can never leave a stale copy in use.
/// Only the sheets a batch changed are written.
/// </summary>
sealed class CategoryDocStore
{
    readonly Dictionary<Guid, CategoryDoc> cache = [];

    public void Forget() => cache.Clear();

    public async Task<Dictionary<Guid, CategoryDoc>> LoadAsync(IReadOnlyCollection<Guid> ids, IDocumentOperations ops, CancellationToken ct)
    {
        var idArray = ids.ToArray();
        var stored = await ops.Query<CategoryDoc>().Where(d => idArray.Contains(d.CategoryId))
            .Select(d => new StoredSequence(d.CategoryId, d.LastSequence)).ToListAsync(ct);
        var docs = new Dictionary<Guid, CategoryDoc>();
        var stale = new List<Guid>();
        foreach (var s in stored)
        {
            if (cache.TryGetValue(s.CategoryId, out var known) && known.LastSequence == s.LastSequence) docs[s.CategoryId] = known;
            else stale.Add(s.CategoryId);
        }
        foreach (var id in ids.Where(id => !docs.ContainsKey(id))) cache.Remove(id);
        if (stale.Count == 0) return docs;

        var staleArray = stale.ToArray();
        var batch = ops.CreateBatchQuery();
        var parsed = batch.LoadMany<CategoryDoc>().ById(staleArray);
        var sheets = batch.Query<SheetDoc>().Where(s => staleArray.Contains(s.CategoryId)).ToList();
        await batch.Execute(ct);
        foreach (var doc in await parsed) docs[doc.CategoryId] = doc;
        foreach (var sheet in await sheets)
            if (docs.TryGetValue(sheet.CategoryId, out var doc))
                doc.Sheets[CategoryDoc.SheetKey(sheet.JudgeId, sheet.EntryId, sheet.StageId)] = sheet;
        return docs;
    }

    /// <summary>Stores the document and its changed sheets in the batch's session; then <see cref="Saved"/>.</summary>
    public static void Store(CategoryDoc doc, IDocumentOperations ops)
    {
        ops.Store(doc);
        SheetDocWrites.Queue(ops, doc.CategoryId, [.. doc.ChangedSheets.Select(key => doc.Sheets[key])]);
    }

    /// <summary>The document as stored by the batch being committed; checked against the stored sequence before reuse.</summary>
    public void Saved(CategoryDoc doc)
    {
        doc.ChangedSheets.Clear();
        cache[doc.CategoryId] = doc;
    }

    sealed record StoredSequence(Guid CategoryId, long LastSequence);
}
