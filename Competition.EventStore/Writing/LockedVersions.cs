using Npgsql;

namespace Competition.EventStore.Writing;

/// <summary>The group commit's locked path: the versions of the batch's streams, read under row locks.</summary>
internal static class LockedVersions
{
    /// <summary>
    /// Streams the batch writes are locked for update; streams it only asserts (a mark asserts its contest
    /// and its entry) are locked for share: they must not move before the commit, but every batch of marks
    /// asserts the same contest, and exclusive locks there made each batch wait for the previous one's commit.
    /// </summary>
    public static async Task<Dictionary<Guid, long>> ReadAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string schema, IEnumerable<PendingCommit> batch)
    {
        var actions = batch.SelectMany(c => c.Actions).ToList();
        var written = actions.Where(a => a.Kind != StreamActionKind.Assert).Select(a => a.StreamId).Distinct().Order().ToArray();
        var asserted = actions.Where(a => a.Kind == StreamActionKind.Assert).Select(a => a.StreamId).Except(written).Order().ToArray();
        // Ordered so two processes locking overlapping streams take the row locks in the same order.
        await using var locks = new NpgsqlBatch(conn, tx);
        foreach (var (ids, mode) in new[] { (written, "UPDATE"), (asserted, "SHARE") })
            if (ids.Length > 0)
                locks.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT id, version FROM {schema}.mt_streams WHERE id = ANY($1) ORDER BY id FOR {mode}")
                { Parameters = { new() { Value = ids } } });
        var versions = new Dictionary<Guid, long>();
        if (locks.BatchCommands.Count == 0) return versions;
        await using var reader = await locks.ExecuteReaderAsync();
        do
        {
            while (await reader.ReadAsync()) versions[reader.GetGuid(0)] = reader.GetInt64(1);
        } while (await reader.NextResultAsync());
        return versions;
    }
}
