using Competition.Domain;
using Competition.Projections.Store;
using JasperFx.Events;
using Marten;
using Marten.Events;

namespace Competition.Bench.Rebuild;

/// <summary>
/// Bulk path for the benchmark's fixture: whole contests, three running at once (their logs merged in
/// chunks, as a busy season would append them), written into Marten's mt_streams and mt_events by
/// Marten's own bulk import (<see cref="IDocumentStore.BulkInsertEventStreamAsync(string, IReadOnlyList{BulkEventStreamHeader}, IAsyncEnumerable{IEvent}, BulkEventSequenceMode, int, CancellationToken)"/>
/// with <see cref="BulkEventSequenceMode.PreserveSourceSequence"/>: one binary COPY per table, in one
/// transaction; the sequence and the HighWaterMark row advanced past the last event). The rows are the ones
/// sessions would write (stream types, versions, wire names, the store's JSON); only the append path is
/// skipped, which is safe here because nothing else writes to this database meanwhile.
/// </summary>
internal static class LogWriter
{
    const int CategoriesPerContest = 8, EntriesPerCategory = 30, Concurrent = 3, Chunk = 2_000;

    public sealed record Written(long Events, int Contests, TimeSpan Generation, TimeSpan Copy);

    /// <summary>Writes exactly <paramref name="target"/> events (the last contests may be cut off mid-way, as if
    /// still running); answers how many contests were begun.</summary>
    public static async Task<Written> WriteAsync(DocumentStore store, long target)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (log, contests) = await GenerateAsync(target);
        var versions = new Dictionary<Guid, (long Version, Type StreamType)>();
        foreach (var (stream, data) in log)
            versions[stream] = (versions.GetValueOrDefault(stream).Version + 1, StreamTypeOf(data));
        var generation = clock.Elapsed;

        clock.Restart();
        var headers = versions.Select(v => new BulkEventStreamHeader { Id = v.Key, Version = v.Value.Version, AggregateType = v.Value.StreamType }).ToList();
        await store.BulkInsertEventStreamAsync(JasperFx.StorageConstants.DefaultTenantId, headers, EventsAsync(store, log),
            BulkEventSequenceMode.PreserveSourceSequence, batchSize: 10_000);
        return new Written(log.Count, contests, generation, clock.Elapsed);
    }

    /// <summary>Each event wrapped as Marten wraps an appended one, with its log position and stream version.</summary>
    static async IAsyncEnumerable<IEvent> EventsAsync(DocumentStore store, List<(Guid Stream, object Data)> log)
    {
        var graph = (EventGraph)store.Options.Events;
        var versions = new Dictionary<Guid, long>();
        long sequence = 0;
        foreach (var (stream, data) in log)
        {
            var e = graph.BuildEvent(data);
            e.Id = Guid.CreateVersion7();
            e.StreamId = stream;
            e.Version = versions[stream] = versions.GetValueOrDefault(stream) + 1;
            e.Sequence = ++sequence;
            yield return e;
        }
        await Task.CompletedTask;
    }

    static async Task<(List<(Guid Stream, object Data)> Log, int Contests)> GenerateAsync(long target)
    {
        var log = new List<(Guid, object)>((int)target);
        var contests = 0;
        var next = GenerateAsync(1);
        while (log.Count < target)
        {
            var logs = await next;
            contests += Concurrent;
            next = GenerateAsync(contests + 1);
            for (var offset = 0; logs.Any(l => offset < l.Count); offset += Chunk)
                foreach (var contest in logs)
                    foreach (var e in contest.Skip(offset).Take(Chunk))
                    {
                        if (log.Count == target) break;
                        log.Add(e);
                    }
        }
        return (log, contests);
    }

    // Generated in parallel, the next contests while these are merged.
    static Task<List<(Guid Stream, object Event)>[]> GenerateAsync(int firstSeed) =>
        Task.WhenAll(Enumerable.Range(firstSeed, Concurrent).Select(seed => Task.Run(() =>
            new ContestLog(seed, CategoriesPerContest, EntriesPerCategory).Generate())));

    /// <summary>The stream type (mt_streams.type) the engine starts each kind of stream with.</summary>
    static Type StreamTypeOf(object data) => DomainEvents.NameOf(data).Split('.')[0] switch
    {
        "contest" => CompetitionStore.StreamTypes.Contest,
        "entry" => CompetitionStore.StreamTypes.Entry,
        "sheet" => CompetitionStore.StreamTypes.Sheet,
        "awards" => CompetitionStore.StreamTypes.Awards,
        var other => throw new InvalidOperationException($"No stream type for {other} events."),
    };
}
