namespace Competition.EventStore.Projections;

/// <summary>An auto-reset wake-up: many Set calls before a wait collapse into one.</summary>
internal sealed class AsyncSignal
{
    readonly SemaphoreSlim semaphore = new(0, 1);

    public void Set()
    {
        if (semaphore.CurrentCount > 0) return;
        try { semaphore.Release(); }
        catch (SemaphoreFullException) { }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => semaphore.WaitAsync(timeout, ct);
}
