using Competition.Projections.Live;
using Npgsql;

namespace Competition.Api.Live;

/// <summary>
/// LISTENs on <see cref="BoardNotification.Channel"/> and <see cref="SheetNotification.Channel"/> with its own
/// connection and hands each committed board change to the board pusher, each reopened sheet to the sheet pusher.
/// Every API node runs one, so each pushes to its own clients and no SignalR backplane is needed. A dropped connection
/// is reopened with back-off, and then every watched group is re-checked, since notifications sent meanwhile are lost.
/// </summary>
public sealed class BoardPublisher(
    Competition.Api.Plumbing.DatabaseSettings db, BoardPusher pusher, SheetPusher sheets, Competition.Api.Reads.BoardSequences sequences,
    ILogger<BoardPublisher> logger) : BackgroundService
{
    static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(100);
        // Unpooled, with keepalives: a silently dead connection must fail, not wait forever.
        var connectionString = new NpgsqlConnectionStringBuilder(db.ConnectionString)
        { Pooling = false, KeepAlive = 15, ApplicationName = "board-publisher" }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(connectionString);
                await conn.OpenAsync(stoppingToken);
                conn.Notification += (_, e) => OnNotification(e.Channel, e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {BoardNotification.Channel}; LISTEN {SheetNotification.Channel}", conn))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                pusher.AnnounceAll();
                backoff = TimeSpan.FromMilliseconds(100);
                while (true) await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                logger.LogWarning(e, "LISTEN {Channel} lost; reconnecting in {Delay}", BoardNotification.Channel, backoff);
                try { await Task.Delay(backoff, stoppingToken); } catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    void OnNotification(string channel, string payload)
    {
        if (channel == SheetNotification.Channel)
        {
            if (SheetNotification.TryParse(payload, out var reopened)) sheets.Reopened(reopened);
            else logger.LogWarning("Ignoring a malformed sheet notification");
            return;
        }
        if (BoardNotification.TryParse(payload, out var n))
        {
            if (n.Kind == BoardKind.Leaderboard) sequences.Saw(n.ContestId, n.CategoryId, n.Sequence);
            // Standings are polled (GET …/standings), not pushed to screens.
            if (n.Kind == BoardKind.Standings) return;
            pusher.Announce(n.ContestId, n.CategoryId, n.Kind, n.Sequence);
        }
        else
            logger.LogWarning("Ignoring malformed board notification '{Payload}'", payload);
    }
}
