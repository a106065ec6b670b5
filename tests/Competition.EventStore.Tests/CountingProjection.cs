using Npgsql;

namespace Competition.EventStore.Tests;

/// <summary>
/// Records every event it is fed, keyed by sequence: a primary key violation would reveal a batch
/// applied twice, a missing row a skipped event. Can be told to fail on a given batch, once.
/// </summary>
internal sealed class CountingProjection(string schema, string name = "counting") : IProjection
{
    int batches;

    public string Name => name;
    public IReadOnlyCollection<Type>? EventTypes { get; init; }
    public int FailOnBatch { get; set; }
    public TimeSpan DelayPerBatch { get; set; }
    public int Batches => batches;
    string Table => $"{schema}.seen_{name}";

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand($"CREATE TABLE IF NOT EXISTS {Table} (seq bigint PRIMARY KEY, stream_id uuid NOT NULL)", conn, tx))
            await create.ExecuteNonQueryAsync(ct);
        await using var insert = new NpgsqlCommand($"INSERT INTO {Table} (seq, stream_id) SELECT * FROM unnest($1::bigint[], $2::uuid[])", conn, tx)
        {
            Parameters = { new() { Value = batch.Select(e => e.Sequence).ToArray() }, new() { Value = batch.Select(e => e.StreamId).ToArray() } },
        };
        await insert.ExecuteNonQueryAsync(ct);
        if (DelayPerBatch > TimeSpan.Zero) await Task.Delay(DelayPerBatch, ct);
        if (Interlocked.Increment(ref batches) == FailOnBatch) throw new InvalidOperationException($"Projection fails on batch {FailOnBatch}.");
    }

    public async Task ResetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var drop = new NpgsqlCommand($"DROP TABLE IF EXISTS {Table}", conn, tx);
        await drop.ExecuteNonQueryAsync(ct);
    }
}
