using Competition.Domain.Contests;
using Competition.Domain.Entries;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Competition.Projections.Contests;

/// <summary>Each entry's document, inline from the entry's own stream: one writer per document, no contention.</summary>
public sealed class EntryViewProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var ofEntries = events.Where(e => EntryEvents.EntryOf(e.Data) is not null).ToList();
        if (ofEntries.Count == 0) return;
        var existing = ofEntries.Where(e => e.Data is not EntryRegistered).Select(e => EntryEvents.EntryOf(e.Data)!.Value).Distinct().ToArray();
        var views = existing.Length == 0 ? [] : (await operations.LoadManyAsync<EntryView>(cancellation, existing)).ToDictionary(v => v.Id);
        var ordinal = 0;
        foreach (var e in ofEntries)
        {
            if (e.Data is EntryRegistered registered)
            {
                views[registered.EntryId] = new EntryView
                {
                    Id = registered.EntryId, ContestId = registered.ContestId, CategoryId = registered.CategoryId,
                    RegisteredAt = registered.At, Ordinal = ordinal++, Name = registered.Name,
                    Organization = registered.Organization, Members = [.. registered.Members], Status = EntryStatus.Registered,
                    People = registered.People is { } people ? [.. people] : null,
                    QualifiedFrom = registered.QualifiedFrom,
                };
            }
            else if (views.TryGetValue(EntryEvents.EntryOf(e.Data)!.Value, out var view)) Apply(view, e.Data);
        }
        foreach (var view in views.Values) operations.Store(view);
    }

    static void Apply(EntryView view, object data)
    {
        switch (data)
        {
            case EntryApproved: view.Status = EntryStatus.Approved; break;
            case EntryRejected: view.Status = EntryStatus.Rejected; break;
            case EntryWithdrawn: view.Status = EntryStatus.Withdrawn; break;
            case EntryDisqualified: view.Status = EntryStatus.Disqualified; break;
            case BibDrawn e: view.Bib = e.Bib; break;
            case EntryRevised e:
                (view.Name, view.Organization, view.Members) = (e.Name, e.Organization, [.. e.Members]);
                // The details of a member still named are kept, as the entry's own state keeps them.
                if (view.People is { } known) view.People = [.. e.Members.Select(m => known.Find(p => p.Name == m) ?? new Member(m))];
                break;
        }
    }
}
