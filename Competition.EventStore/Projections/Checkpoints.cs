using Npgsql;

namespace Competition.EventStore.Projections;

internal static class Checkpoints
{
    /// <summary>
    /// Reads the checkpoint with a row lock held to the end of the transaction: whoever else applies this
    /// projection (a node that just took over, a rebuild) waits here and then sees the moved checkpoint,
    /// so no batch is ever applied twice, even if two runners overlap for a moment.
    /// </summary>
    public static async Task<long> LockAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string schema, string name, CancellationToken ct)
    {
        // One round trip: the row is created if missing, then locked and read.
        await using var batch = new NpgsqlBatch(conn, tx)
        {
            BatchCommands =
            {
                new($"INSERT INTO {schema}.mt_event_progression (name, last_seq_id) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING")
                { Parameters = { new() { Value = name } } },
                new($"SELECT last_seq_id FROM {schema}.mt_event_progression WHERE name = $1 FOR UPDATE") { Parameters = { new() { Value = name } } },
            },
        };
        return (long)(await batch.ExecuteScalarAsync(ct))!;
    }

    public static async Task MoveAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string schema, string name, long sequence, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            $"UPDATE {schema}.mt_event_progression SET last_seq_id = $2, last_updated = now() WHERE name = $1", conn, tx)
        { Parameters = { new() { Value = name }, new() { Value = sequence } } };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task<long> ReadAsync(NpgsqlDataSource dataSource, string schema, string name, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand($"SELECT last_seq_id FROM {schema}.mt_event_progression WHERE name = $1", conn)
        { Parameters = { new() { Value = name } } };
        return await cmd.ExecuteScalarAsync(ct) is long seq ? seq : 0;
    }
}
