using Npgsql;

namespace Competition.EventStore;

/// <summary>
/// A read model fed from the log. ApplyAsync runs inside the transaction that also moves the projection's
/// checkpoint, so the read model and its checkpoint commit together or not at all.
/// </summary>
public interface IProjection
{
    string Name { get; }

    /// <summary>
    /// The event types this projection applies; null (the default) for every type. The others are never read
    /// for it, though its checkpoint still moves past them: a projection of rare events (contest set-up,
    /// reactions) then costs next to nothing while the log fills with marks.
    /// </summary>
    IReadOnlyCollection<Type>? EventTypes => null;

    /// <summary>
    /// Called first in every transaction that applies batches: a projection that keeps changes in memory
    /// until <see cref="FlushAsync"/> drops whatever an earlier transaction left unflushed (it rolled back).
    /// </summary>
    void Begin() { }

    Task ApplyAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct);

    /// <summary>
    /// Called after the transaction's last ApplyAsync, before its checkpoint moves. Live, every batch is its
    /// own transaction; a rebuild replays the whole log in one and flushes once, so a projection that writes
    /// here writes each read-model row once per rebuild instead of once per batch.
    /// </summary>
    Task FlushAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Empties the read model before a rebuild replays the log (same transaction as the replay).</summary>
    Task ResetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct);
}
