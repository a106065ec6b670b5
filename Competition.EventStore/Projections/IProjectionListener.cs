namespace Competition.EventStore;

/// <summary>Told after a projection's batch has committed (e.g. to push changed boards to SignalR).</summary>
public interface IProjectionListener
{
    Task OnBatchCommittedAsync(string projection, long sequence, IReadOnlyList<EventEnvelope> batch, CancellationToken ct);
}
