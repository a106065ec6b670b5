using Competition.Projections.Live;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Per category, run by Marten's async daemon: applies each page of events to the category's working
/// document and, when an event that shapes them was applied, recomputes the board and the awards view
/// with the Domain's scoring, stores them and announces them with pg_notify (delivered on commit, so
/// every node's listeners only ever hear of committed boards). A view's sequence is that of the last
/// event that shapes it, whatever the page sizes, so a rebuild reproduces the live views exactly.
/// </summary>
public sealed class LeaderboardProjection : ProjectionBase, IProjection
{
    public const string ProjectionName = "leaderboards";
    readonly CategoryDocStore docs = new();

    public LeaderboardProjection()
    {
        Name = ProjectionName;
        // Pages of up to 5,000 events: a rebuild then rewrites each category's documents a fifth as often as at
        // 1,000 (bench/ rebuild); live pages are what arrived since the last poll, far fewer.
        Options.BatchSize = 5000;
        // A rebuild starts from empty views.
        Options.DeleteViewTypeOnTeardown<CategoryDoc>();
        Options.DeleteViewTypeOnTeardown<LeaderboardView>();
        Options.DeleteViewTypeOnTeardown<AwardsView>();
    }

    /// <summary>The shard's row in mt_event_progression: what "the board has reached sequence N" is read from.</summary>
    public static string ShardName => $"{ProjectionName}:All";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        try
        {
            await ApplyPageAsync(operations, events, cancellation);
        }
        catch
        {
            docs.Forget();
            throw;
        }
    }

    async Task ApplyPageAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken ct)
    {
        var touched = events.SelectMany(e => CategoryDocEvents.Categories(e.Data)).Distinct().ToList();
        if (touched.Count == 0) return;
        var loaded = await docs.LoadAsync([.. touched.Select(t => t.CategoryId)], operations, ct);
        var changed = new Dictionary<Guid, (CategoryDoc Doc, long Board, long Awards)>();
        foreach (var (contestId, categoryId) in touched)
        {
            var doc = loaded.GetValueOrDefault(categoryId) ?? new CategoryDoc { ContestId = contestId, CategoryId = categoryId };
            changed[categoryId] = (doc, doc.BoardSequence, doc.AwardsSequence);
        }

        var registrations = await RegistrationsAsync(operations, events, changed, ct);
        foreach (var e in events)
            foreach (var (_, categoryId) in CategoryDocEvents.Categories(e.Data))
            {
                var doc = changed[categoryId].Doc;
                if (e.Sequence <= doc.LastSequence) continue; // already in the document
                CategoryDocEvents.Apply(doc, e, registrations);
                doc.LastSequence = e.Sequence;
            }

        foreach (var (doc, board, awards) in changed.Values)
        {
            if (doc.BoardSequence > board)
            {
                operations.Store(LeaderboardView.From(doc, doc.BoardSequence));
                BoardNotification.Queue(operations, new(doc.ContestId, doc.CategoryId, doc.BoardSequence, BoardKind.Leaderboard));
            }
            if (doc.AwardsSequence > awards)
            {
                operations.Store(AwardsView.From(doc, doc.AwardsSequence));
                BoardNotification.Queue(operations, new(doc.ContestId, doc.CategoryId, doc.AwardsSequence, BoardKind.Awards));
            }
            operations.Store(doc);
            docs.Saved(doc);
        }
    }

    /// <summary>The registration of each entry the page approves that its document does not hold: one read of those entry streams.</summary>
    static async Task<IReadOnlyDictionary<Guid, Domain.Entries.EntryRegistered>> RegistrationsAsync(
        IDocumentOperations operations, IReadOnlyList<IEvent> events, Dictionary<Guid, (CategoryDoc Doc, long Board, long Awards)> docs, CancellationToken ct)
    {
        var ids = events.Select(e => e.Data).OfType<Domain.Entries.EntryApproved>()
            .Where(a => !docs[a.CategoryId].Doc.Entries.ContainsKey(a.EntryId)).Select(a => a.EntryId).Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<Guid, Domain.Entries.EntryRegistered>();
        var streams = await operations.Events.QueryAllRawEvents().Where(e => ids.Contains(e.StreamId)).ToListAsync(ct);
        return streams.Select(e => e.Data).OfType<Domain.Entries.EntryRegistered>().ToDictionary(r => r.EntryId);
    }
}
