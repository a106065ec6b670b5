using System.Threading.Channels;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Sheets;
using Competition.Projections.Store;
using Marten;

namespace Competition.Api.Judging;

/// <summary>
/// Marks are the hot path (hundreds of judges at a national final, one mark a few seconds each). Each
/// mark decided on its own with a Marten session of its own costs a commit per mark; here the marks that
/// arrive while a commit is on the wire are decided together on the state this node last saw and written
/// in one Marten session: one transaction, one commit, whatever the number of judges. The session asserts
/// the contest's and each entry's version the decisions used and appends each sheet at the version they
/// used, so if anything moved nothing commits. A mark whose decision refused, wrote nothing or could not be
/// made on known state, and every mark of a batch that conflicted, is decided again on state read fresh
/// from the log, on its own: only that answer counts.
/// </summary>
public sealed class SheetWriter : IAsyncDisposable
{
    const int MaxBatch = 500, MaxFreshAttempts = 5;
    readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new() { SingleReader = true });
    readonly IDocumentStore store;
    readonly SheetDecisions decisions;
    readonly ILogger<SheetWriter> log;
    readonly Task loop;

    sealed record Pending(SheetAddress Address, long? IfMatch, Func<SheetContext, SheetCommand> Command, JudgeBearer? Bearer)
    {
        /// A judge's token is checked again on the contest state the command is decided on: revoked on another node
        /// after this node let the request in, it is refused here (the write asserted the contest's version it moved).
        public bool StillSigned(SheetInputs inputs) => Bearer is not { } b || inputs.Contest.Access.Signs(b.TokenHash, b.JudgeId);

        public TaskCompletionSource<Written> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public SheetWriter(IDocumentStore store, SheetDecisions decisions, ILogger<SheetWriter> log)
    {
        (this.store, this.decisions, this.log) = (store, decisions, log);
        loop = Task.Run(RunAsync);
    }

    public Task<Written> SubmitAsync(
        SheetAddress address, long? ifMatch, Func<SheetContext, SheetCommand> command, JudgeBearer? bearer, CancellationToken ct)
    {
        var pending = new Pending(address, ifMatch, command, bearer);
        if (!queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SheetWriter));
        // The mark is written or not whether the caller waits or not; only the waiting is cancelled.
        return pending.Done.Task.WaitAsync(ct);
    }

    async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending)) batch.Add(pending);
            try
            {
                await WriteBatchAsync(batch);
            }
            catch (Exception e)
            {
                log.LogError(e, "A batch of {Count} sheet commands failed unexpectedly", batch.Count);
                foreach (var p in batch) p.Done.TrySetException(e);
            }
            batch.Clear();
        }
    }

    sealed record Decided(Pending Pending, SheetInputs Inputs, IReadOnlyList<object> Events);

    async Task WriteBatchAsync(List<Pending> batch)
    {
        var fresh = new List<Pending>();
        var decided = new List<Decided>();
        // Within a batch a sheet's second command is decided on the state its first one leaves.
        var inBatch = new Dictionary<Guid, (SheetState State, long Version)>();
        foreach (var p in batch)
        {
            if (decisions.Known(p.Address) is not { } known || !p.StillSigned(known)) { fresh.Add(p); continue; }
            if (inBatch.TryGetValue(p.Address.SheetId, out var sheet)) known = known with { Sheet = sheet.State, SheetVersion = sheet.Version };
            IReadOnlyList<object> events;
            try { events = decisions.Decide(known, p.Address, p.IfMatch, p.Command); }
            catch (DomainException) { fresh.Add(p); continue; }
            if (events.Count == 0) { fresh.Add(p); continue; }
            decided.Add(new(p, known, events));
            inBatch[p.Address.SheetId] = (events.Aggregate(known.Sheet, Deciders.Sheet.Evolve), known.SheetVersion + events.Count);
        }
        if (decided.Count > 0 && !await TryWriteAsync(decided)) fresh.AddRange(decided.Select(d => d.Pending));
        if (fresh.Count > 0) await Task.WhenAll(fresh.Select(FreshAsync));
    }

    /// One session for every decided command; false when a version had moved (nothing was written).
    async Task<bool> TryWriteAsync(List<Decided> decided)
    {
        await using var session = store.LightweightSession();
        session.AssertStreamVersions([.. decided.SelectMany(d => d.Inputs.DecidedOn(d.Pending.Address)).Distinct().Select(r => (r.StreamId, r.Version))]);
        // Sheets in id order: two nodes writing the same sheets lock their rows in the same order.
        var bySheet = decided.GroupBy(d => d.Pending.Address.SheetId).OrderBy(g => g.Key).ToList();
        var actions = bySheet.ToDictionary(g => g.Key, g => StreamAppender.Queue(session,
            new StreamWrite(g.Key, Deciders.Sheet.StreamType, g.First().Inputs.SheetVersion, [.. g.SelectMany(d => d.Events)])));
        try
        {
            await session.SaveChangesAsync();
        }
        catch (Exception e) when (StreamVersionAssertion.IsConflict(e))
        {
            return false;
        }
        catch (Exception e)
        {
            foreach (var d in decided) d.Pending.Done.TrySetException(e);
            return true;
        }
        foreach (var sheet in bySheet)
        {
            var events = actions[sheet.Key].Events;
            var offset = 0;
            foreach (var d in sheet)
            {
                offset += d.Events.Count;
                var version = d.Inputs.SheetVersion + d.Events.Count;
                decisions.Written(sheet.Key, d.Inputs.Sheet, d.Events, version);
                d.Pending.Done.TrySetResult(new Written(version, events[offset - 1].Sequence));
            }
        }
        return true;
    }

    async Task FreshAsync(Pending p)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var inputs = await decisions.FreshAsync(p.Address, CancellationToken.None);
                if (!p.StillSigned(inputs)) throw new Plumbing.Unauthenticated("This token is not valid.");
                var events = decisions.Decide(inputs, p.Address, p.IfMatch, p.Command);
                await using var session = store.LightweightSession();
                var written = await StreamAppender.WriteAsync(session, new StreamWrite(
                    p.Address.SheetId, Deciders.Sheet.StreamType, inputs.SheetVersion, events) { DecidedOn = inputs.DecidedOn(p.Address) },
                    null, CancellationToken.None);
                if (events.Count > 0) decisions.Written(p.Address.SheetId, inputs.Sheet, events, written.Version);
                p.Done.TrySetResult(written);
                return;
            }
            catch (StreamConflict) when (attempt < MaxFreshAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt));
            }
            catch (Exception e)
            {
                p.Done.TrySetException(e);
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }
}

/// The judge token a sheet command came with (its hash) and the judge it signed in.
public sealed record JudgeBearer(string TokenHash, Guid JudgeId);
