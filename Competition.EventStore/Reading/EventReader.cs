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
    public async Task<(List<EventEnvelope> Events, long LastScanned)> ReadAllAsync(
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
