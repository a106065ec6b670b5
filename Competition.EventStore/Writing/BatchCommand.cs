using Competition.EventStore.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Competition.EventStore.Writing;

/// <summary>
/// Writes a decided batch in one round trip: new streams, stream versions, then the events.
///
/// Why a reader can never skip an event: sequence numbers are only ever taken (nextval/setval below)
/// while holding the transaction-scoped append lock, and that lock is released only when the
/// transaction ends, after its commit is already visible. So if transaction A took lower numbers than B,
/// A held the lock first and had committed or rolled back before B could take any number at all.
/// A reader that sees B's sequence therefore sees A's events too, unless A rolled back, in which case
/// those numbers are gone for good: any hole below a visible sequence is a rollback, never "not yet".
/// Row work on mt_streams happens before the lock, so the lock holder never waits for a row lock and
/// cross-process appenders cannot deadlock through it.
/// </summary>
internal static class BatchCommand
{
    public sealed record Result(bool AllNewStreamsInserted, long FirstSequence);

    /// <summary>
    /// Within <paramref name="tx"/> on versions it locked; or, with <paramref name="assumed"/> and no
    /// transaction, as one implicit transaction that checks the assumed versions first and commits at its end.
    /// </summary>
    public static async Task<Result> ExecuteAsync(
        NpgsqlConnection conn, NpgsqlTransaction? tx, BatchPlan plan, EventStoreOptions options, CancellationToken ct, AssumedVersions? assumed = null)
    {
        var s = options.Schema;
        await using var batch = new NpgsqlBatch(conn, tx);
        if (assumed?.WrittenCheck(plan, s) is { } written) batch.BatchCommands.Add(written);
        if (plan.NewStreams.Count > 0)
        {
            var insert = $"INSERT INTO {s}.mt_streams (id, type, version) SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[]) ON CONFLICT (id) DO NOTHING RETURNING id AS new_stream";
            batch.BatchCommands.Add(Command(assumed is null ? insert : AssumedVersions.CreateNewStreams(insert, s, plan.NewStreams.Count),
                plan.NewStreams.Keys.ToArray(), plan.NewStreams.Values.Select(v => v.Type).ToArray(), plan.NewStreams.Values.Select(v => v.Version).ToArray()));
        }
        // Rows looked up by id, through the primary key: see WriterConnections.OpenAsync for why the
        // writer's connections are kept off seq scans.
        if (plan.UpdatedStreams.Count > 0)
            batch.BatchCommands.Add(Command(
                $"UPDATE {s}.mt_streams AS s SET version = u.version, timestamp = now() FROM unnest($1::uuid[], $2::bigint[]) AS u(id, version) WHERE s.id = u.id AND s.id = ANY($1)",
                plan.UpdatedStreams.Keys.ToArray(), plan.UpdatedStreams.Values.ToArray()));
        var n = plan.EventIds.Count;
        if (n > 0)
        {
            var (cls, key) = AdvisoryLocks.Append(s);
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_advisory_xact_lock({cls}, {key})"));
            if (assumed?.AssertedCheck(plan, s) is { } asserted) batch.BatchCommands.Add(asserted);
            // One block of n numbers; rows get block.first + ordinality, so log order is batch order.
            var insert = Command($"""
                WITH block AS (SELECT setval('{s}.mt_events_sequence', nextval('{s}.mt_events_sequence') + $8 - 1) - $8 + 1 AS first),
                ins AS (
                    INSERT INTO {s}.mt_events (seq_id, id, stream_id, version, data, type, correlation_id, causation_id)
                    SELECT block.first + e.ord - 1, e.id, e.stream_id, e.version, e.data, e.type, e.corr, e.caus
                    FROM block, unnest($1::uuid[], $2::uuid[], $3::bigint[], $4::jsonb[], $5::text[], $6::uuid[], $7::uuid[])
                        WITH ORDINALITY AS e(id, stream_id, version, data, type, corr, caus, ord))
                SELECT first AS first_sequence, pg_notify($9, (first + $8 - 1)::text) FROM block
                """,
                plan.EventIds.ToArray(), plan.EventStreams.ToArray(), plan.EventVersions.ToArray(), null,
                plan.EventTypes.ToArray(), plan.Correlations.ToArray(), plan.Causations.ToArray(), (long)n, options.NotifyChannel);
            insert.Parameters[3] = new NpgsqlParameter { Value = plan.EventData.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb };
            batch.BatchCommands.Add(insert);
        }

        var inserted = 0;
        long first = 0;
        await using var reader = await batch.ExecuteReaderAsync(ct);
        do
        {
            if (reader.FieldCount == 0) continue;
            var column = reader.GetName(0);
            while (await reader.ReadAsync(ct))
            {
                if (column == "new_stream") inserted++;
                else if (column == "first_sequence") first = reader.GetInt64(0);
            }
        } while (await reader.NextResultAsync(ct));
        return new Result(assumed is not null || inserted == plan.NewStreams.Count, first);
    }

    static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }
}
