using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Competition.EventStore.Writing;

/// <summary>
/// The store's single writer: takes every session waiting in the queue, commits them in one transaction
/// (one fsync for many sessions), and answers each session on its own.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    const int MaxAttempts = 5;
    // Not SingleReader: that variant cannot report Count, which LingerAsync needs.
    readonly Channel<PendingCommit> queue = Channel.CreateUnbounded<PendingCommit>();
    readonly EventStoreOptions options;
    readonly ILogger logger;
    readonly Task loop;
    // While the loop lingers: how many queued sessions end the wait, and the signal that ends it.
    int awaited = int.MaxValue;
    TaskCompletionSource gathered = new();
    readonly WriterConnections connections;

    public GroupCommitWriter(NpgsqlDataSource dataSource, EventStoreOptions options, ILogger logger)
    {
        connections = new WriterConnections(dataSource);
        this.options = options;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    public async Task<AppendResult> SubmitAsync(PendingCommit commit, CancellationToken ct)
    {
        if (!queue.Writer.TryWrite(commit)) throw new ObjectDisposedException(nameof(GroupCommitWriter));
        if (queue.Reader.Count >= Volatile.Read(ref awaited)) Volatile.Read(ref gathered).TrySetResult();
        await using var registration = ct.Register(() => commit.CancelIfQueued(ct));
        return await commit.Completion.Task;
    }

    /// <summary>
    /// Up to <see cref="EventStoreOptions.MaxCommitsInFlight"/> batches are on the wire at once, each on its
    /// own connection: while one waits for its commit (the append lock is held through the fsync), the next
    /// can already lock its stream rows and check versions, which pays where round trips are long. Two
    /// batches touching one stream serialize on its row lock and the later one sees the earlier one's
    /// version, as appends from two processes do.
    /// </summary>
    async Task RunAsync()
    {
        var inFlight = new List<Task>();
        var lastBatch = 0;
        var lastCommit = TimeSpan.Zero;
        while (await queue.Reader.WaitToReadAsync())
        {
            await LingerAsync(lastBatch, lastCommit);
            var batch = new List<PendingCommit>();
            while (batch.Count < options.MaxSessionsPerCommit && queue.Reader.TryRead(out var commit))
                if (commit.TryTake()) batch.Add(commit);
            if (batch.Count == 0) continue;
            lastBatch = batch.Count;
            inFlight.Add(Task.Run(async () =>
            {
                var clock = Stopwatch.StartNew();
                await CommitOrFailAsync(batch);
                lastCommit = clock.Elapsed;
            }));
            if (inFlight.Count >= Math.Max(1, options.MaxCommitsInFlight))
            {
                await Task.WhenAny(inFlight);
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }
        await Task.WhenAll(inFlight);
    }

    async Task CommitOrFailAsync(List<PendingCommit> batch)
    {
        try { await CommitAsync(batch); }
        catch (Exception e)
        {
            // Whatever happened, the loop goes on; the sessions in this batch learn why they failed.
            logger.LogError(e, "Group commit of {Count} sessions failed", batch.Count);
            foreach (var commit in batch) commit.Completion.TrySetException(e);
        }
    }

    /// <summary>
    /// The append lock is held through each commit's fsync, so PostgreSQL cannot merge our commits: the
    /// batch is the only group commit there is. The sessions just answered usually come straight back;
    /// waiting a moment for as many as the last batch carried (at most half a commit's time, capped)
    /// fills the next fsync instead of spending it on the first one or two to arrive. The wait is a
    /// signal from the submitting side, not a spin: spinning took CPU from the very requests it waited
    /// for (about 7% of the API's CPU under 32 judges on 2 cores).
    /// </summary>
    async Task LingerAsync(int lastBatch, TimeSpan lastCommit)
    {
        var limit = TimeSpan.FromTicks(Math.Min(options.GroupCommitLinger.Ticks, lastCommit.Ticks / 2));
        if (limit <= TimeSpan.Zero || queue.Reader.Count >= lastBatch) return;
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref gathered, signal);
        Volatile.Write(ref awaited, lastBatch);
        if (queue.Reader.Count < lastBatch) await Task.WhenAny(signal.Task, Task.Delay(limit));
        Volatile.Write(ref awaited, int.MaxValue);
    }

    async Task CommitAsync(List<PendingCommit> batch)
    {
        if (await TryCommitOnAssumedVersionsAsync(batch)) return;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (plan, first) = await connections.WithAsync<(BatchPlan? Plan, long First)>(async conn =>
                {
                    await using var tx = await conn.BeginTransactionAsync();
                    var plan = BatchPlan.Decide(batch, await LockedVersions.ReadAsync(conn, tx, options.Schema, batch));
                    long first = 0;
                    if (plan.HasWrites)
                    {
                        var result = await BatchCommand.ExecuteAsync(conn, tx, plan, options, CancellationToken.None);
                        // Another process created one of "our" new streams meanwhile: decide again with it visible.
                        if (!result.AllNewStreamsInserted && attempt < MaxAttempts) { await tx.RollbackAsync(); return (null, 0L); }
                        if (!result.AllNewStreamsInserted) throw new InvalidOperationException("New streams kept colliding with another writer.");
                        first = result.FirstSequence;
                    }
                    await tx.CommitAsync();
                    return (plan, first);
                });
                if (plan is null) continue;
                Answer(plan, first);
                return;
            }
            catch (PostgresException e) when (attempt < MaxAttempts && e.SqlState is PostgresErrorCodes.DeadlockDetected
                                                  or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure)
            {
                logger.LogWarning(e, "Group commit attempt {Attempt} failed; retrying", attempt);
            }
        }
    }

    /// <summary>
    /// False, having written nothing, when the batch does not state every version, when the plan on the
    /// assumed versions refuses a session (that answer is only true if the assumption holds), or when the
    /// database disagrees with the assumption: the caller then decides on locked versions.
    /// </summary>
    async Task<bool> TryCommitOnAssumedVersionsAsync(List<PendingCommit> batch)
    {
        if (AssumedVersions.From(batch) is not { } assumed) return false;
        var plan = BatchPlan.Decide(batch, assumed.Existing);
        // Without events there is no append lock to check the asserted streams under.
        if (plan.EventIds.Count == 0 || plan.Outcomes.Any(o => o.Failure is not null)) return false;
        try
        {
            var result = await connections.WithAsync(conn => BatchCommand.ExecuteAsync(conn, null, plan, options, CancellationToken.None, assumed));
            Answer(plan, result.FirstSequence);
            return true;
        }
        catch (PostgresException e) when (e.SqlState is AssumedVersions.MovedSqlState or PostgresErrorCodes.DeadlockDetected
                                              or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure)
        {
            return false;
        }
    }

    static void Answer(BatchPlan plan, long firstSequence)
    {
        foreach (var (commit, failure, versions, firstRow, rowCount) in plan.Outcomes)
        {
            if (failure is not null) { commit.Completion.TrySetException(failure); continue; }
            var last = rowCount == 0 ? 0 : firstSequence + firstRow + rowCount - 1;
            commit.Completion.TrySetResult(new AppendResult(last, versions));
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
        await connections.DisposeAsync();
    }
}
