using Marten;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Loads and stores category documents, keeping parsed copies between batches. A cached copy is used only
/// while its <c>LastSequence</c> still matches the stored document's, so a batch that rolled back, a rebuild
/// or another node taking over the projection can never leave a stale copy in use. A document read from
/// storage gets its sheets back from the sheet streams, up to its <c>LastSequence</c>.
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

        var read = (await ops.LoadManyAsync<CategoryDoc>(ct, stale)).ToDictionary(d => d.CategoryId);
        var entries = (await ops.LoadManyAsync<CategoryEntries>(ct, stale)).ToDictionary(e => e.CategoryId);
        foreach (var (id, doc) in read)
        {
            // A document stored before the entries moved out holds them itself; the next batch stores them apart.
            doc.Entries = entries.GetValueOrDefault(id)?.Entries ?? doc.StoredEntries ?? [];
            doc.EntriesChanged = !entries.ContainsKey(id);
            doc.StoredEntries = null;
        }
        await ReadSheetsAsync(read, ops, ct);
        foreach (var (id, doc) in read) docs[id] = doc;
        return docs;
    }

    /// <summary>
    /// Each document's sheets from the events of its sheet streams (found by id, Marten's stream index) that it had
    /// applied. Only after a restart, a rollback or a takeover: never in the course of marking or of a rebuild.
    /// </summary>
    static async Task ReadSheetsAsync(Dictionary<Guid, CategoryDoc> docs, IDocumentOperations ops, CancellationToken ct)
    {
        var sheetIds = docs.Values.SelectMany(d => d.SheetIds()).ToArray();
        if (sheetIds.Length == 0) return;
        var until = docs.Values.Max(d => d.LastSequence);
        var events = await ops.Events.QueryAllRawEvents()
            .Where(e => sheetIds.Contains(e.StreamId) && e.Sequence <= until).OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var e in events)
            foreach (var (_, categoryId) in CategoryDocEvents.Categories(e.Data))
                if (docs.TryGetValue(categoryId, out var doc) && e.Sequence <= doc.LastSequence)
                    CategoryDocEvents.ApplySheet(doc, e);
    }

    /// <summary>The document as stored by the batch being committed; checked against the stored sequence before reuse.</summary>
    public void Saved(CategoryDoc doc) => cache[doc.CategoryId] = doc;

    sealed record StoredSequence(Guid CategoryId, long LastSequence);
}
