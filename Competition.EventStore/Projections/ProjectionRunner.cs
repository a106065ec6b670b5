using Competition.EventStore.Schema;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Competition.EventStore.Projections;

/// <summary>
/// Runs one projection while this process holds its session advisory lock (one runner across all nodes).
/// Each batch: lock checkpoint row, read, apply, move checkpoint, commit; then tell the listeners.
/// </summary>
internal sealed class ProjectionRunner(
    IProjection projection, PostgresEventStore store, NpgsqlDataSource dedicated,
    IReadOnlyList<IProjectionListener> listeners, ILogger logger)
{
    readonly SemaphoreSlim gate = new(1, 1);
    readonly string[]? types = projection.EventTypes?.Select(store.Options.Events.NameFor).ToArray();
    readonly AsyncSignal wake = new();
    long position;
    TaskCompletionSource advanced = NewSignal();

    public string Name => projection.Name;
    public long Position => Interlocked.Read(ref position);
    public Task Advanced => Volatile.Read(ref advanced).Task;
    string Schema => store.Options.Schema;

    public void Wake() => wake.Set();

    public async Task RunAsync(CancellationToken ct)
    {
        var backoff = Backoff.Start;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = await dedicated.OpenConnectionAsync(ct);
                if (!await TryTakeLeadAsync(conn, ct))
                {
                    await wake.WaitAsync(store.Options.ProjectionPollInterval, ct);
                    continue;
                }
                var sinceLastBatch = System.Diagnostics.Stopwatch.StartNew();
                var behind = true;
                while (true)
                {
                    var pause = store.Options.ProjectionBatchInterval - sinceLastBatch.Elapsed;
                    if (!behind && pause > TimeSpan.Zero) await Task.Delay(pause, ct);
                    sinceLastBatch.Restart();
                    var (moved, full) = await RunBatchAsync(conn, ct);
                    backoff = Backoff.Start;
                    behind = full;
                    if (!moved) await wake.WaitAsync(store.Options.ProjectionPollInterval, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                // Rolled back: read model and checkpoint are untouched; retry from the checkpoint.
                logger.LogError(e, "Projection {Projection} failed; retrying in {Delay}", Name, backoff);
                backoff = await Backoff.WaitAsync(backoff, ct);
            }
        }
    }

    async Task<bool> TryTakeLeadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var (cls, key) = AdvisoryLocks.Projection(Schema, Name);
        await using var cmd = new NpgsqlCommand(
            $"SELECT set_config('application_name', $1, false), pg_try_advisory_lock({cls}, {key})", conn)
        { Parameters = { new() { Value = $"projection:{Name}" } } };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetBoolean(1);
    }

    /// <summary>Moved: the checkpoint advanced. Full: the batch read as many events as it may, so more are waiting.</summary>
    async Task<(bool Moved, bool Full)> RunBatchAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        List<EventEnvelope> events;
        long last;
        await gate.WaitAsync(ct);
        try
        {
            await using var tx = await conn.BeginTransactionAsync(ct);
            var checkpoint = await Checkpoints.LockAsync(conn, tx, Schema, Name, ct);
            (events, last) = await store.Reader.ReadAllAsync(conn, tx, checkpoint, store.Options.ProjectionBatchSize, types, ct);
            if (last == checkpoint)
            {
                await tx.CommitAsync(ct);
                Publish(checkpoint);
                return (false, false);
            }
            if (events.Count > 0)
            {
                projection.Begin();
                await projection.ApplyAsync(events, conn, tx, ct);
                await projection.FlushAsync(conn, tx, ct);
            }
            await Checkpoints.MoveAsync(conn, tx, Schema, Name, last, ct);
            await tx.CommitAsync(ct);
        }
        finally { gate.Release(); }

        Publish(last);
        foreach (var listener in listeners)
        {
            try { await listener.OnBatchCommittedAsync(Name, last, events, ct); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "Listener failed after {Projection} reached {Sequence}", Name, last); }
        }
        return (true, events.Count >= store.Options.ProjectionBatchSize);
    }

    /// <summary>
    /// Reset and replay in ONE transaction: readers keep seeing the old read model until it commits, and
    /// the checkpoint row lock keeps any runner (here or on another node) out meanwhile.
    /// </summary>
    public async Task RebuildAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var conn = await store.DataSource.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await Checkpoints.LockAsync(conn, tx, Schema, Name, ct);
            projection.Begin();
            await projection.ResetAsync(conn, tx, ct);
            long at = 0;
            while (true)
            {
                var (events, last) = await store.Reader.ReadAllAsync(conn, tx, at, store.Options.RebuildBatchSize, types, ct);
                if (last == at) break;
                if (events.Count > 0) await projection.ApplyAsync(events, conn, tx, ct);
                at = last;
            }
            await projection.FlushAsync(conn, tx, ct);
            await Checkpoints.MoveAsync(conn, tx, Schema, Name, at, ct);
            await tx.CommitAsync(ct);
            Interlocked.Exchange(ref position, at);
            Interlocked.Exchange(ref advanced, NewSignal()).TrySetResult();
        }
        finally { gate.Release(); }
    }

    /// <summary>Records a checkpoint seen committed (here, or read from the table when another node runs it).</summary>
    public void Publish(long sequence)
    {
        long seen;
        while (sequence > (seen = Interlocked.Read(ref position)))
            if (Interlocked.CompareExchange(ref position, sequence, seen) == seen) break;
        Interlocked.Exchange(ref advanced, NewSignal()).TrySetResult();
    }

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
