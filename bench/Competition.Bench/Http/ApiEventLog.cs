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

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
