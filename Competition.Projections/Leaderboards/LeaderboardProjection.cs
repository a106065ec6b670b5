using Competition.EventStore;
using Competition.Projections.Plumbing;
using Npgsql;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Per category: applies batches to the working document and, at the transaction's flush, recomputes
/// the board and the awards view with the Domain's scoring when an event that shapes them was
/// applied, stores them and announces them with pg_notify (delivered on commit, so listeners only
/// ever hear of committed boards). A view's sequence is that of the last event that shapes it,
/// whatever the batch sizes, so a rebuild (one flush for the whole log) reproduces the live views exactly.
/// </summary>
public sealed class LeaderboardProjection(ReadModelDb db) : IProjection
{
    /// <summary>Documents per flush round trip: bounds the batch a rebuild sends (documents run to ~100 kB).</summary>
    const int FlushChunk = 64;
    readonly CategoryDocStore docs = new(db);
    /// <summary>Documents changed in the current transaction, with the view sequences they had before it.</summary>
    readonly Dictionary<Guid, (CategoryDoc Doc, long Board, long Awards)> changed = [];

    public const string ProjectionName = "leaderboards";

    public string Name => ProjectionName;

    public void Begin() => changed.Clear();

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await db.EnsureTablesAsync(ct);
        try
        {
            await ApplyBatchAsync(batch, conn, tx, ct);
        }
        catch
        {
            Discard();
            throw;
        }
    }

    async Task ApplyBatchAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var touched = batch.SelectMany(e => CategoryDocEvents.Categories(e.Data)).Distinct().Where(t => !changed.ContainsKey(t.CategoryId)).ToList();
        if (touched.Count > 0)
        {
            var loaded = await docs.LoadAsync([.. touched.Select(t => t.CategoryId)], conn, tx, ct);
            foreach (var (contestId, categoryId) in touched)
            {
                var doc = loaded.GetValueOrDefault(categoryId) ?? new CategoryDoc { ContestId = contestId, CategoryId = categoryId };
                changed[categoryId] = (doc, doc.BoardSequence, doc.AwardsSequence);
            }
        }

        foreach (var envelope in batch)
            foreach (var (_, categoryId) in CategoryDocEvents.Categories(envelope.Data))
            {
                var doc = changed[categoryId].Doc;
                if (envelope.Sequence <= doc.LastSequence) continue; // already in the document
                CategoryDocEvents.Apply(doc, envelope);
                doc.LastSequence = envelope.Sequence;
            }
    }

    public async Task FlushAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        try
        {
            // One round trip per chunk of documents, not up to five per document: a rebuild flushes hundreds.
            foreach (var chunk in changed.Values.Chunk(FlushChunk))
            {
                await using var batch = new NpgsqlBatch(conn, tx);
                foreach (var (doc, board, awards) in chunk)
                {
                    if (doc.BoardSequence > board)
                    {
                        var view = LeaderboardView.From(doc, doc.BoardSequence);
                        batch.BatchCommands.Add(SaveView(db.Leaderboards, "board", doc, view.Sequence, ReadModelJson.Serialize(view)));
                        batch.BatchCommands.Add(Notify(new BoardNotification(doc.ContestId, doc.CategoryId, view.Sequence, BoardKind.Leaderboard)));
                    }
                    if (doc.AwardsSequence > awards)
                    {
                        var view = AwardsView.From(doc, doc.AwardsSequence);
                        batch.BatchCommands.Add(SaveView(db.Awards, "view", doc, view.Sequence, ReadModelJson.Serialize(view)));
                        batch.BatchCommands.Add(Notify(new BoardNotification(doc.ContestId, doc.CategoryId, view.Sequence, BoardKind.Awards)));
                    }
                    foreach (var command in docs.SaveCommands(doc)) batch.BatchCommands.Add(command);
                }
                await batch.ExecuteNonQueryAsync(ct);
                foreach (var (doc, _, _) in chunk) docs.Saved(doc);
            }
            changed.Clear();
        }
        catch
        {
            Discard();
            throw;
        }
    }

    /// <summary>The transaction will roll back: cached documents may hold its changes.</summary>
    void Discard()
    {
        changed.Clear();
        docs.Forget();
    }

    public async Task ResetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        Discard();
        await db.EnsureTablesAsync(ct);
        // DELETE, not DROP: readers keep seeing the old boards until the rebuild commits.
        await using var cmd = new NpgsqlCommand(
            $"DELETE FROM {db.CategoryDocs}; DELETE FROM {db.Sheets}; DELETE FROM {db.Leaderboards}; DELETE FROM {db.Awards};", conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static NpgsqlBatchCommand SaveView(string table, string column, CategoryDoc doc, long sequence, string json) => new($"""
        INSERT INTO {table} (category_id, contest_id, sequence, {column}) VALUES ($1, $2, $3, $4::jsonb)
        ON CONFLICT (category_id) DO UPDATE SET sequence = excluded.sequence, {column} = excluded.{column}
        """)
    { Parameters = { new() { Value = doc.CategoryId }, new() { Value = doc.ContestId }, new() { Value = sequence }, new() { Value = json } } };

    static NpgsqlBatchCommand Notify(BoardNotification notification) => new("SELECT pg_notify($1, $2)")
    { Parameters = { new() { Value = BoardNotification.Channel }, new() { Value = notification.Payload } } };
}
