using System.Text.Json;
using Competition.EventStore;
using Npgsql;
using NpgsqlTypes;

namespace Competition.Bench.Rebuild;

/// <summary>
/// Bulk path for the benchmark's fixture: whole contests, three running at once (their logs merged in
/// chunks, as a busy season would append them), copied straight into mt_events and mt_streams with
/// binary COPY. The rows are what store sessions would write; only the append path is skipped, which
/// is safe here because nothing else writes to this database meanwhile.
/// </summary>
internal static class LogWriter
{
    const int CategoriesPerContest = 8, EntriesPerCategory = 30, Concurrent = 3, Chunk = 2_000;

    /// <summary>Writes exactly <paramref name="target"/> events (the last contests may be cut off mid-way, as if
    /// still running); answers how many contests were begun.</summary>
    public static async Task<(long Events, int Contests)> WriteAsync(NpgsqlDataSource source, EventStoreOptions options, long target)
    {
        var versions = new Dictionary<Guid, long>();
        long sequence = 0;
        var contests = 0;
        await using var conn = await source.OpenConnectionAsync();
        await using (var copy = await conn.BeginBinaryImportAsync("COPY mt_events (seq_id, id, stream_id, version, data, type) FROM STDIN (FORMAT BINARY)"))
        {
            // Generated and serialized in parallel, the next contests while these are copied; merged and copied in one order.
            var next = GenerateAsync(options, 1);
            while (sequence < target)
            {
                var logs = await next;
                contests += Concurrent;
                next = GenerateAsync(options, contests + 1);
                for (var offset = 0; logs.Any(l => offset < l.Count); offset += Chunk)
                    foreach (var log in logs)
                        foreach (var (stream, type, json) in log.Skip(offset).Take(Chunk))
                        {
                            if (sequence == target) break;
                            var version = versions[stream] = versions.GetValueOrDefault(stream) + 1;
                            await copy.StartRowAsync();
                            await copy.WriteAsync(++sequence, NpgsqlDbType.Bigint);
                            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                            await copy.WriteAsync(stream, NpgsqlDbType.Uuid);
                            await copy.WriteAsync(version, NpgsqlDbType.Bigint);
                            await copy.WriteAsync(json, NpgsqlDbType.Jsonb);
                            await copy.WriteAsync(type, NpgsqlDbType.Text);
                        }
            }
            await copy.CompleteAsync();
        }
        await using (var streams = await conn.BeginBinaryImportAsync("COPY mt_streams (id, version) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (stream, version) in versions)
            {
                await streams.StartRowAsync();
                await streams.WriteAsync(stream, NpgsqlDbType.Uuid);
                await streams.WriteAsync(version, NpgsqlDbType.Bigint);
            }
            await streams.CompleteAsync();
        }
        await using (var setval = new NpgsqlCommand("SELECT setval('mt_events_sequence', $1)", conn) { Parameters = { new() { Value = sequence } } })
            await setval.ExecuteNonQueryAsync();
        return (sequence, contests);
    }

    static Task<List<(Guid Stream, string Type, string Json)>[]> GenerateAsync(EventStoreOptions options, int firstSeed) =>
        Task.WhenAll(Enumerable.Range(firstSeed, Concurrent).Select(seed => Task.Run(() =>
            new ContestLog(seed, CategoriesPerContest, EntriesPerCategory).Generate()
                .Select(x => (x.Stream, options.Events.NameFor(x.Event.GetType()), JsonSerializer.Serialize(x.Event, x.Event.GetType(), options.Json)))
                .ToList())));
}
