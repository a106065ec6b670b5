using System.Collections.Concurrent;
using System.Data;
using Npgsql;

namespace Competition.EventStore.Writing;

/// <summary>
/// The group commit's connections, kept between batches: one taken from the pool and given back each
/// time made the server reset the session before every batch (seven statements of its own).
/// </summary>
internal sealed class WriterConnections(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    readonly ConcurrentBag<NpgsqlConnection> idle = [];

    /// <summary>On a kept connection if one is still open, else a new one; kept again afterwards unless it broke.</summary>
    public async Task<T> WithAsync<T>(Func<NpgsqlConnection, Task<T>> work)
    {
        NpgsqlConnection? conn = null;
        while (conn is null && idle.TryTake(out var kept))
            if (kept.FullState == ConnectionState.Open) conn = kept;
            else await kept.DisposeAsync();
        conn ??= await OpenAsync();
        try { return await work(conn); }
        finally
        {
            if (conn.FullState == ConnectionState.Open) idle.Add(conn);
            else await conn.DisposeAsync();
        }
    }

    /// <summary>
    /// Every statement of the writer looks streams up by id. Prepared, each keeps the generic plan made
    /// when it was first run, when mt_streams was small: a seq scan and hash join on every batch, which
    /// stayed as the table grew and churned (perf on PostgreSQL: scans and visibility checks of every
    /// stream row, about a tenth of its CPU under 32 judges). Session-scoped: the pool's reset clears it.
    /// </summary>
    async Task<NpgsqlConnection> OpenAsync()
    {
        var conn = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SET enable_seqscan = off", conn);
        await command.ExecuteNonQueryAsync();
        return conn;
    }

    public async ValueTask DisposeAsync()
    {
        while (idle.TryTake(out var conn)) await conn.DisposeAsync();
    }
}
