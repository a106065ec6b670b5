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
    readonly Registrations registrations = new();

    public LeaderboardProjection()
    {
        Name = ProjectionName;
        // Pages of up to 5,000 events: a rebuild then rewrites each category's documents a fifth as often as at
        // 1,000 (bench/ rebuild); live pages are what arrived since the last poll, far fewer.
        Options.BatchSize = 5000;
        // A rebuild starts from empty views.
        Options.DeleteViewTypeOnTeardown<CategoryDoc>();
        Options.DeleteViewTypeOnTeardown<CategoryEntries>();
        Options.DeleteViewTypeOnTeardown<LeaderboardView>();
        Options.DeleteViewTypeOnTeardown<BoardLine>();
        Options.DeleteViewTypeOnTeardown<AwardsView>();
        Options.DeleteViewTypeOnTeardown<Labour.RoundBoardView>();
        Options.DeleteViewTypeOnTeardown<Labour.SeasonStandingsView>();
        Options.DeleteViewTypeOnTeardown<PointsStandingsView>();
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
        registrations.Add(events);
        var touched = events.SelectMany(e => CategoryDocEvents.Categories(e.Data)).Distinct().ToList();
        if (touched.Count == 0) return;
        var loaded = await docs.LoadAsync([.. touched.Select(t => t.CategoryId)], operations, ct);
        var changed = new Dictionary<Guid, (CategoryDoc Doc, long Board, long Awards, long Standings, Labour.LabourSequences Labour)>();
        foreach (var (contestId, categoryId) in touched)
        {
            var doc = loaded.GetValueOrDefault(categoryId) ?? new CategoryDoc { ContestId = contestId, CategoryId = categoryId };
            changed[categoryId] = (doc, doc.BoardSequence, doc.AwardsSequence, doc.Points.Sequence, Labour.LabourSequences.Of(doc));
        }

        var approved = await registrations.OfApprovalsAsync(operations, events, id => changed[id].Doc, ct);
        foreach (var e in events)
            foreach (var (_, categoryId) in CategoryDocEvents.Categories(e.Data))
            {
                var doc = changed[categoryId].Doc;
                if (e.Sequence <= doc.LastSequence) continue; // already in the document
                CategoryDocEvents.Apply(doc, e, approved);
                doc.LastSequence = e.Sequence;
            }

        foreach (var (doc, board, awards, standings, labour) in changed.Values)
        {
            labour.StoreChanged(operations, doc);
            if (doc.Removed)
            {
                operations.Delete<LeaderboardView>(doc.CategoryId);
                operations.DeleteWhere<BoardLine>(l => l.CategoryId == doc.CategoryId);
                BuiltBoards.Remove(doc.CategoryId);
                operations.Delete<AwardsView>(doc.CategoryId);
                operations.Delete<PointsStandingsView>(doc.CategoryId);
            }
            else if (doc.BoardSequence > board)
            {
                var built = LeaderboardView.From(doc, doc.BoardSequence);
                // Any board but a hidden one is stored without its rows, and the rows that changed on their own (see BoardLine).
                if (built.StoredWithRows) operations.Store(built);
                else
                {
                    operations.Store(built with { Rows = [] });
                    doc.Rows.StoreChanges(operations, doc.CategoryId);
                }
                BuiltBoards.Put(built);
                BoardNotification.Queue(operations, new(doc.ContestId, doc.CategoryId, doc.BoardSequence, BoardKind.Leaderboard));
            }
            if (doc.AwardsSequence > awards && !doc.Removed)
            {
                operations.Store(AwardsView.From(doc, doc.AwardsSequence));
                BoardNotification.Queue(operations, new(doc.ContestId, doc.CategoryId, doc.AwardsSequence, BoardKind.Awards));
            }
            if (doc.Points.Sequence > standings && !doc.Removed)
            {
                operations.Store(PointsStandingsView.From(doc));
                BoardNotification.Queue(operations, new(doc.ContestId, doc.CategoryId, doc.Points.Sequence, BoardKind.Standings));
            }
            operations.Store(doc);
            if (doc.EntriesChanged) operations.Store(new CategoryEntries { CategoryId = doc.CategoryId, Entries = doc.Entries });
            doc.EntriesChanged = false;
            docs.Saved(doc);
        }
    }
}
