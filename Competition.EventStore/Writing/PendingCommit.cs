namespace Competition.EventStore.Writing;

/// <summary>A session's SaveChangesAsync waiting in the writer's queue, answered on its own.</summary>
internal sealed class PendingCommit(IReadOnlyList<StreamAction> actions, Guid? correlationId, Guid? causationId)
{
    const int Queued = 0, Taken = 1, Cancelled = 2;
    int state = Queued;

    public IReadOnlyList<StreamAction> Actions { get; } = actions;
    public Guid? CorrelationId { get; } = correlationId;
    public Guid? CausationId { get; } = causationId;
    public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The writer claims the commit; after this a caller's cancellation no longer withdraws it.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref state, Taken, Queued) == Queued;

    public void CancelIfQueued(CancellationToken ct)
    {
        if (Interlocked.CompareExchange(ref state, Cancelled, Queued) == Queued) Completion.TrySetCanceled(ct);
    }
}
