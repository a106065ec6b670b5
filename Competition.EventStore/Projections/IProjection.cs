using Npgsql;

namespace Competition.EventStore;

/// <summary>
/// A read model fed from the log. ApplyAsync runs inside the transaction that also moves the projection's
/// checkpoint, so the read model and its checkpoint commit together or not at all.
/// </summary>
public interface IProjection
{
    string Name { get; }

    Task ApplyAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct);

    /// <summary>Empties the read model before a rebuild replays the log (same transaction as the replay).</summary>
    Task ResetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct);
}
