using Competition.EventStore;
using Competition.Projections.Plumbing;
using Npgsql;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// Per category: applies the batch to the working document, recomputes the board and the awards
/// view with the Domain's scoring when an event that shapes them was applied, stores them and
/// announces them with pg_notify (delivered on commit, so listeners only ever hear of committed
/// boards). A view's sequence is that of the last event that shapes it, whatever the batch sizes,
/// so a rebuild reproduces the live views exactly.
/// </summary>
public sealed class LeaderboardProjection(ReadModelDb db) : IProjection
{
    readonly CategoryDocStore docs = new(db);

    public string Name => "leaderboards";

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await db.EnsureTablesAsync(ct);
        try
        {
            await ApplyBatchAsync(batch, conn, tx, ct);
        }
        catch
        {
            docs.Forget();
            throw;
        }
    }

    async Task ApplyBatchAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var touched = batch.SelectMany(e => CategoryDocEvents.Categories(e.Data)).Distinct().ToList();
        if (touched.Count == 0) return;
        var loaded = await docs.LoadAsync([.. touched.Select(t => t.CategoryId)], conn, tx, ct);
        foreach (var (contestId, categoryId) in touched)
            if (!loaded.ContainsKey(categoryId))
                loaded[categoryId] = new CategoryDoc { ContestId = contestId, CategoryId = categoryId };

        var boardsBefore = loaded.Values.ToDictionary(d => d.CategoryId, d => (d.BoardSequence, d.AwardsSequence));
        foreach (var envelope in batch)
            foreach (var (_, categoryId) in CategoryDocEvents.Categories(envelope.Data))
            {
                var doc = loaded[categoryId];
                if (envelope.Sequence <= doc.LastSequence) continue; // already in the document
                CategoryDocEvents.Apply(doc, envelope);
                doc.LastSequence = envelope.Sequence;
            }

        // Every write of the batch in one round trip: under load each round trip waits its turn for a
        // thread, and the board reaches the screens only once this transaction commits.
        await using var writes = new NpgsqlBatch(conn, tx);
        foreach (var doc in loaded.Values)
        {
            var (board, awards) = boardsBefore.GetValueOrDefault(doc.CategoryId);
            if (doc.BoardSequence > board)
            {
                var view = LeaderboardView.From(doc, doc.BoardSequence);
                writes.BatchCommands.Add(SaveView(db.Leaderboards, "board", doc, view.Sequence, ReadModelJson.Serialize(view)));
                writes.BatchCommands.Add(Notify(new BoardNotification(doc.ContestId, doc.CategoryId, view.Sequence, BoardKind.Leaderboard)));
            }
            if (doc.AwardsSequence > awards)
            {
                var view = AwardsView.From(doc, doc.AwardsSequence);
                writes.BatchCommands.Add(SaveView(db.Awards, "view", doc, view.Sequence, ReadModelJson.Serialize(view)));
                writes.BatchCommands.Add(Notify(new BoardNotification(doc.ContestId, doc.CategoryId, view.Sequence, BoardKind.Awards)));
            }
            foreach (var command in docs.SaveCommands(doc)) writes.BatchCommands.Add(command);
        }
        await writes.ExecuteNonQueryAsync(ct);
        foreach (var doc in loaded.Values) docs.Saved(doc);
    }

    public async Task ResetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        docs.Forget();
        await db.EnsureTablesAsync(ct);
        // DELETE, not DROP: readers keep seeing the old boards until the rebuild commits.
        await using var cmd = new NpgsqlCommand(
            $"DELETE FROM {db.CategoryDocs}; DELETE FROM {db.Sheets}; DELETE FROM {db.Leaderboards}; DELETE FROM {db.Awards};", conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static NpgsqlBatchCommand SaveView(string table, string column, CategoryDoc doc, long sequence, string json) =>
        new($"""
            INSERT INTO {table} (category_id, contest_id, sequence, {column}) VALUES ($1, $2, $3, $4::jsonb)
            ON CONFLICT (category_id) DO UPDATE SET sequence = excluded.sequence, {column} = excluded.{column}
            """)
        { Parameters = { new() { Value = doc.CategoryId }, new() { Value = doc.ContestId }, new() { Value = sequence }, new() { Value = json } } };

    static NpgsqlBatchCommand Notify(BoardNotification notification) =>
        new("SELECT pg_notify($1, $2)")
        { Parameters = { new() { Value = BoardNotification.Channel }, new() { Value = notification.Payload } } };
}
