using Microsoft.Extensions.Logging;
using Npgsql;

namespace Competition.EventStore.Projections;

/// <summary>LISTENs on the store's channel and wakes the runners at once; reconnects with back-off if the connection drops.</summary>
internal sealed class NotificationListener(NpgsqlDataSource dedicated, string channel, Action onNotify, ILogger logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var backoff = Backoff.Start;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = await dedicated.OpenConnectionAsync(ct);
                conn.Notification += (_, _) => onNotify();
                await using (var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", conn))
                    await listen.ExecuteNonQueryAsync(ct);
                // Anything committed while we were not listening is picked up by this wake-up.
                onNotify();
                backoff = Backoff.Start;
                while (true) await conn.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogWarning(e, "LISTEN {Channel} lost; polling until it reconnects", channel);
                backoff = await Backoff.WaitAsync(backoff, ct);
            }
        }
    }
}
