using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Competition.Bench.Rebuild;

/// <summary>The floors under a rebuild: what reading the log costs with no projection at all.</summary>
internal static class RebuildFloors
{
    /// <summary>
    /// The floor: every event streamed by one SELECT, the columns the daemon's loader reads (mt_events joined to
    /// mt_streams for the stream type), data read as text, nothing parsed.
    /// </summary>
    public static async Task RawReadAsync(NpgsqlDataSource source, long head)
    {
        await using var conn = await source.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT d.seq_id, d.id, d.stream_id, d.version, d.data, d.type, d.timestamp, d.tenant_id, d.mt_dotnet_type, d.is_archived, s.type " +
            "FROM mt_events d JOIN mt_streams s ON d.stream_id = s.id ORDER BY d.seq_id", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        long last = 0, bytes = 0;
        while (await reader.ReadAsync())
        {
            last = reader.GetInt64(0);
            bytes += reader.GetString(4).Length + reader.GetString(5).Length;
            _ = reader.GetGuid(2);
            _ = reader.GetFieldValue<DateTimeOffset>(6);
        }
        if (last != head || bytes == 0) throw new InvalidOperationException($"Raw read ended at {last}, not {head}.");
    }

    /// <summary>
    /// What a rebuild reads, without the projection: the daemon's own event loader for this projection
    /// (<c>IEventStore.BuildEventLoader</c>: the same SQL, pages of the projection's batch size, each event
    /// deserialized by Marten), page after page from 0 to the head.
    /// </summary>
    public static async Task DaemonLoaderReadAsync(DocumentStore store, string projectionName, long head)
    {
        var projection = (ProjectionBase)((IProjectionWrapper)BenchStore.Projection(store.Options, projectionName)).InnerProjection;
        var loader = ((IEventStore<IDocumentOperations, IQuerySession>)store).BuildEventLoader(
            (IEventDatabase)store.Storage.Database, NullLogger.Instance, projection, projection.Options);
        var shard = ShardName.Compose(projectionName);
        long at = 0;
        while (at < head)
        {
            var page = await loader.LoadAsync(new EventRequest
            {
                Floor = at, HighWater = head, BatchSize = projection.Options.BatchSize, Name = shard,
                ErrorOptions = store.Options.Projections.RebuildErrors, Metrics = NoMetrics.Instance,
            }, CancellationToken.None);
            if (page.Count == 0) throw new InvalidOperationException($"The daemon's loader stopped at {at}, not {head}.");
            at = page[^1].Sequence;
        }
    }

    sealed class NoMetrics : ISubscriptionMetrics
    {
        public static readonly NoMetrics Instance = new();
        public Activity? TrackExecution(EventRange page) => null;
        public Activity? TrackLoading(EventRequest request) => null;
        public void UpdateGap(long highWaterMark, long lastCeiling) { }
        public void UpdateProcessed(long count) { }
        public Activity? TrackGrouping(EventRange page) => null;
        public void IncrementSkips() { }
    }
}
