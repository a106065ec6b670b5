using Marten;

namespace Competition.Projections.Store;

/// <summary>How far the async daemon has got, and waiting for it: reads that must reflect a write answered
/// earlier (read-your-writes) wait until the projection has passed that write's sequence.</summary>
public static class ProjectionProgress
{
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    public static async Task<long> ReachedAsync(IQuerySession session, string shard, CancellationToken ct) =>
        (await session.AdvancedSql.QueryAsync<long>(
            $"select coalesce(max(last_seq_id), 0) from {Schema(session)}.mt_event_progression where name = ?", ct, shard))[0];

    /// <summary>False when the projection had not reached <paramref name="sequence"/> within <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitForAsync(IQuerySession session, string shard, long sequence, TimeSpan timeout, CancellationToken ct)
    {
        if (sequence <= 0) return true;
        var until = DateTime.UtcNow + timeout;
        while (await ReachedAsync(session, shard, ct) < sequence)
        {
            if (DateTime.UtcNow >= until) return false;
            await Task.Delay(Poll, ct);
        }
        return true;
    }

    /// <summary>The log position of the last event of any of these streams (0 when none has one).</summary>
    public static async Task<long> LastSequenceOfAsync(IQuerySession session, Guid[] streamIds, CancellationToken ct) =>
        streamIds.Length == 0 ? 0 : (await session.AdvancedSql.QueryAsync<long>(
            $"select coalesce(max(seq_id), 0) from {Schema(session)}.mt_events where stream_id = any(?)", ct, streamIds))[0];

    /// <summary>The log's head: the sequence of the newest committed event.</summary>
    public static async Task<long> HeadAsync(IQuerySession session, CancellationToken ct) =>
        (await session.AdvancedSql.QueryAsync<long>($"select coalesce(max(seq_id), 0) from {Schema(session)}.mt_events", ct))[0];

    static string Schema(IQuerySession session) => session.DocumentStore.Options.DatabaseSchemaName;
}
