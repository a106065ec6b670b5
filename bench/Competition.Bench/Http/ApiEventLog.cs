using System.Diagnostics;
using Npgsql;

namespace Competition.Bench.Http;

/// <summary>
/// The API's event log read directly (mt_events in the API's schema): which sequence each answered mark
/// got. A mark's answer carries its sheet version; a sheet stream's (id, version) names one event.
/// </summary>
internal sealed class ApiEventLog(string connectionString, string schema = "public") : IAsyncDisposable
{
    readonly NpgsqlDataSource source = NpgsqlDataSource.Create(connectionString);

    public async Task<long> HeadAsync()
    {
        await using var cmd = source.CreateCommand($"SELECT coalesce(max(seq_id), 0) FROM {schema}.mt_events");
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task<Dictionary<(Guid Stream, long Version), long>> SequencesAfterAsync(long after)
    {
        await using var cmd = source.CreateCommand($"SELECT stream_id, version, seq_id FROM {schema}.mt_events WHERE seq_id > $1");
        cmd.Parameters.Add(new() { Value = after });
        var found = new Dictionary<(Guid, long), long>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found[(reader.GetGuid(0), reader.GetInt64(1))] = reader.GetInt64(2);
        return found;
    }

    /// <summary>
    /// Waits (up to 15 s) until every projection's row in mt_event_progression (not Marten's stuck-gap marker) has reached the log's head: both
    /// engines keep their checkpoints there (the new one also its HighWaterMark row). False if they did not.
    /// </summary>
    public static async Task<bool> SettleAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT (SELECT coalesce(max(seq_id), 0) FROM mt_events) <= (SELECT coalesce(min(last_seq_id), 0) FROM mt_event_progression WHERE name NOT LIKE 'HighWaterStuck%')", conn);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            if ((bool)(await cmd.ExecuteScalarAsync())!) return true;
            await Task.Delay(50);
        }
        await using var rows = new NpgsqlCommand("SELECT name, last_seq_id, (SELECT max(seq_id) FROM mt_events) FROM mt_event_progression ORDER BY name", conn);
        await using var reader = await rows.ExecuteReaderAsync();
        while (await reader.ReadAsync()) Console.WriteLine($"  not caught up: {reader.GetString(0)} at {reader.GetInt64(1)}, head {reader.GetInt64(2)}");
        return false;
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
