using Npgsql;

namespace Competition.EventStore.Writing;

/// <summary>
/// The group commit's one-round-trip path. When every stream a batch touches comes with the version its
/// session expects (a mark: its sheet, and the contest and entry it was decided on), the batch is planned
/// as if those versions held, and checked in the same statements that write it (written streams locked
/// only if still at the assumed version, asserted ones read under the append lock), and <c>mt_expect</c>
/// raises otherwise. The statements run without BEGIN, so the whole batch is one implicit
/// transaction committed at its end; a raise rolls it back whole and the writer decides again the usual
/// way, on versions locked and read first. One round trip instead of three (begin and lock, write, commit).
/// </summary>
internal sealed class AssumedVersions
{
    public const string MovedSqlState = "EV409";

    AssumedVersions(Dictionary<Guid, long> existing) => Existing = existing;

    /// <summary>Streams assumed to exist, at these versions; every other stream of the batch is assumed new.</summary>
    public IReadOnlyDictionary<Guid, long> Existing { get; }

    /// <summary>Null when some stream's version is not stated (an unchecked append) or its absence would have to be proven.</summary>
    public static AssumedVersions? From(IEnumerable<PendingCommit> batch)
    {
        var first = new Dictionary<Guid, long>();
        foreach (var action in batch.SelectMany(c => c.Actions))
        {
            if (first.ContainsKey(action.StreamId)) continue; // later sessions are checked against earlier ones by the plan
            if (action.ExpectedVersion is not { } expected) return null;
            // Absence is proven by creating the stream; a stream only asserted absent is not created.
            if (expected == 0 && action.Kind == StreamActionKind.Assert) return null;
            first[action.StreamId] = expected;
        }
        return new AssumedVersions(first.Where(s => s.Value > 0).ToDictionary());
    }

    /// <summary>
    /// Streams the batch writes, before the append lock like every row lock on mt_streams: locked for update
    /// only if still at the assumed version. A row that moved while we waited for its lock is re-checked by
    /// PostgreSQL against the new version, drops out of the count, and the batch raises.
    /// </summary>
    public NpgsqlBatchCommand? WrittenCheck(BatchPlan plan, string schema) =>
        Check(Existing.Where(s => plan.UpdatedStreams.ContainsKey(s.Key)).ToList(), schema, "ORDER BY s.id FOR UPDATE OF s");

    /// <summary>
    /// Streams the batch only asserts, read while holding the append lock and without a row lock. Every
    /// change to a stream's version appends events, so it commits under the append lock: a change committed
    /// before we took it is seen here, and one still waiting for it commits after us, which is the order
    /// the log then shows. A share lock here instead cost a row lock, a multixact and WAL on the contest's
    /// row for every batch of marks.
    /// </summary>
    public NpgsqlBatchCommand? AssertedCheck(BatchPlan plan, string schema) =>
        Check(Existing.Where(s => !plan.UpdatedStreams.ContainsKey(s.Key)).ToList(), schema, "");

    static NpgsqlBatchCommand? Check(List<KeyValuePair<Guid, long>> streams, string schema, string locking) =>
        streams.Count == 0 ? null : new NpgsqlBatchCommand($"""
            SELECT {schema}.mt_expect(count(*), $3) FROM (
                SELECT 1 FROM {schema}.mt_streams s JOIN unnest($1::uuid[], $2::bigint[]) AS e(id, version)
                    ON s.id = e.id AND s.version = e.version
                WHERE s.id = ANY($1) {locking}) AS held
            """)
        {
            Parameters =
            {
                new() { Value = streams.Select(s => s.Key).ToArray() },
                new() { Value = streams.Select(s => s.Value).ToArray() },
                new() { Value = (long)streams.Count },
            },
        };

    /// <summary>Creates the streams assumed new; raises if any of them exists after all.</summary>
    public static string CreateNewStreams(string insert, string schema, int count) =>
        $"WITH created AS ({insert}) SELECT {schema}.mt_expect(count(*), {count}) FROM created";
}
