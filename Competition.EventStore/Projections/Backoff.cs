namespace Competition.EventStore.Projections;

internal static class Backoff
{
    public static readonly TimeSpan Start = TimeSpan.FromMilliseconds(100);
    static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    /// <summary>Waits the current delay (quietly returning on shutdown) and gives the next, doubled up to 30 s.</summary>
    public static async Task<TimeSpan> WaitAsync(TimeSpan delay, CancellationToken ct)
    {
        try { await Task.Delay(delay, ct); }
        catch (OperationCanceledException) { }
        return delay * 2 > Max ? Max : delay * 2;
    }
}
