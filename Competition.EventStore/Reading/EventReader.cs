using System.Text.Json;
using Npgsql;

namespace Competition.EventStore.Reading;

internal sealed class EventReader(EventStoreOptions options)
{
    const string Columns = "seq_id, id, stream_id, version, data, type, timestamp, correlation_id, causation_id";

    /// <summary>
    /// Reads forward from a log position. LastScanned is the highest sequence looked at, counting skipped
    /// unknown types, so a consumer checkpointing it never re-reads them forever.
    /// </summary>
    public Task<(List<EventEnvelope> Events, long LastScanned)> ReadAllAsync(
        NpgsqlConnection conn, NpgsqlTransaction? tx, long afterSequence, int limit, CancellationToken ct) =>
        ReadAllAsync(conn, tx, afterSequence, limit, null, ct);

    /// <summary>
    /// Only events whose wire name is in <paramref name="types"/> (all when null). Filtered, the read first
    /// takes the log's head: every sequence up to a visible one is committed or gone for good (see
    /// BatchCommand), so when fewer than <paramref name="limit"/> events match, everything up to the head
    /// has been scanned, matching or not.
    /// </summary>
    public async Task<(List<EventEnvelope> Events, long LastScanned)> ReadAllAsync(
        NpgsqlConnection conn, NpgsqlTransaction? tx, long afterSequence, int limit, string[]? types, CancellationToken ct)
    {
        if (types is null) return await ReadAllTypesAsync(conn, tx, afterSequence, limit, ct);
        long head;
        await using (var headCmd = new NpgsqlCommand($"SELECT coalesce(max(seq_id), 0) FROM {options.Schema}.mt_events", conn, tx))
            head = (long)(await headCmd.ExecuteScalarAsync(ct))!;
        if (head <= afterSequence) return ([], afterSequence);
        await using var cmd = new NpgsqlCommand(
            $"SELECT {Columns} FROM {options.Schema}.mt_events WHERE seq_id > $1 AND seq_id <= $3 AND type = ANY($4) ORDER BY seq_id LIMIT $2", conn, tx)
        { Parameters = { new() { Value = afterSequence }, new() { Value = limit }, new() { Value = head }, new() { Value = types } } };
        var events = new List<EventEnvelope>();
        long lastRow = afterSequence, rows = 0;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows++;
            lastRow = reader.GetInt64(0);
            if (Map(reader) is { } envelope) events.Add(envelope);
        }
        return (events, rows == limit ? lastRow : head);
    }

    async Task<(List<EventEnvelope> Events, long LastScanned)> ReadAllTypesAsync(
        NpgsqlConnection conn, NpgsqlTransaction? tx, long afterSequence, int limit, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            $"SELECT {Columns} FROM {options.Schema}.mt_events WHERE seq_id > $1 ORDER BY seq_id LIMIT $2", conn, tx)
        { Parameters = { new() { Value = afterSequence }, new() { Value = limit } } };
        var events = new List<EventEnvelope>();
        var last = afterSequence;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            last = reader.GetInt64(0);
            if (Map(reader) is { } envelope) events.Add(envelope);
        }
        return (events, last);
    }

    public async Task<List<EventEnvelope>> ReadStreamAsync(NpgsqlConnection conn, Guid streamId, long afterVersion, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            $"SELECT {Columns} FROM {options.Schema}.mt_events WHERE stream_id = $1 AND version > $2 ORDER BY version", conn)
        { Parameters = { new() { Value = streamId }, new() { Value = afterVersion } } };
        var events = new List<EventEnvelope>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (Map(reader) is { } envelope) events.Add(envelope);
        return events;
    }

    EventEnvelope? Map(NpgsqlDataReader r)
    {
        var wireName = r.GetString(5);
        if (!options.Events.TryGetType(wireName, out var type))
        {
            if (options.SkipUnknownEventTypes) return null;
            throw new UnknownEventTypeException(
                $"Event {r.GetInt64(0)} has wire name '{wireName}', which is not registered. " +
                "Register its type, or set EventStoreOptions.SkipUnknownEventTypes to skip such events.");
        }
        var data = JsonSerializer.Deserialize(r.GetString(4), type, options.Json)
                   ?? throw new InvalidOperationException($"Event {r.GetInt64(0)} has null data.");
        return new EventEnvelope(
            r.GetInt64(0), r.GetGuid(1), r.GetGuid(2), r.GetInt64(3), wireName, data,
            r.GetFieldValue<DateTimeOffset>(6),
            r.IsDBNull(7) ? null : r.GetGuid(7),
            r.IsDBNull(8) ? null : r.GetGuid(8));
    }
}
