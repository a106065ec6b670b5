using Competition.Domain.Entries;
using JasperFx.Events;
using Marten;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// The boards take no notice of a registration (a contest importing thousands of entries would otherwise rewrite
/// its category's working document with every page); an entry joins the board when approved, with the name and
/// organization of its registration. Registrations the daemon passed lately are kept here (at most
/// <see cref="Kept"/>, then forgotten at once); any other is read from the entry's stream, whose first event it is.
/// A correction before the approval (<see cref="EntryRevised"/>) replaces the name and organization it joins with.
/// </summary>
public sealed class Registrations
{
    const int Kept = 50_000;
    readonly Dictionary<Guid, EntryRegistered> recent = [];

    /// <summary>The page's registrations and corrections, in order.</summary>
    public void Add(IReadOnlyList<IEvent> events)
    {
        foreach (var data in events.Select(e => e.Data))
        {
            if (data is EntryRegistered registered)
            {
                if (recent.Count >= Kept) recent.Clear();
                recent[registered.EntryId] = registered;
            }
            else if (data is EntryRevised revised && recent.TryGetValue(revised.EntryId, out var known))
                recent[revised.EntryId] = Revise(known, revised);
        }
    }

    static EntryRegistered Revise(EntryRegistered registered, EntryRevised revised) =>
        registered with { Name = revised.Name, Organization = revised.Organization, Members = revised.Members };

    /// <summary>The registration of each entry the page approves that its category's document does not hold yet.</summary>
    public async Task<IReadOnlyDictionary<Guid, EntryRegistered>> OfApprovalsAsync(
        IDocumentOperations operations, IReadOnlyList<IEvent> events, Func<Guid, CategoryDoc> docOf, CancellationToken ct)
    {
        var wanted = events.Select(e => e.Data).OfType<EntryApproved>()
            .Where(a => !docOf(a.CategoryId).Entries.ContainsKey(a.EntryId)).Select(a => a.EntryId).Distinct().ToList();
        var found = new Dictionary<Guid, EntryRegistered>();
        foreach (var id in wanted) if (recent.TryGetValue(id, out var known)) found[id] = known;
        var missing = wanted.Where(id => !found.ContainsKey(id)).ToArray();
        if (missing.Length == 0) return found;
        // An entry's stream is short (a registration, its decisions, a bib, a few corrections): read whole up to this page.
        var until = events.Max(e => e.Sequence);
        var read = await operations.Events.QueryAllRawEvents().Where(e => missing.Contains(e.StreamId) && e.Sequence <= until)
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        foreach (var data in read.Select(e => e.Data))
        {
            if (data is EntryRegistered registered) found[registered.EntryId] = registered;
            else if (data is EntryRevised revised && found.TryGetValue(revised.EntryId, out var known)) found[revised.EntryId] = Revise(known, revised);
        }
        return found;
    }
}
