using System.Text;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Marten;
using Npgsql;

namespace Competition.Faults.Tests;

/// The read side as stored: every projection document table dumped in key order, the daemon's progress, and a
/// rebuild of the boards' projection from sequence 0 by Marten's daemon with the store the API configures.
public static class ReadModels
{
    const string Schema = "public";

    /// Written by the inline projections (ContestViewProjection, EntryViewProjection, IssuedTokenProjection,
    /// StageWorkCodesProjection, HonoursViewProjection) in the transaction of their own events. The daemon never rebuilds
    /// them: a test compares them before and after what it does to the server instead.
    public static readonly string[] InlineTables =
        ["mt_doc_contestview", "mt_doc_entryview", "mt_doc_issuedtoken", "mt_doc_stageworkcodes", "mt_doc_honoursview"];

    /// Written by the async LeaderboardProjection, run by the daemon: what a rebuild from sequence 0 must reproduce.
    public static readonly string[] DaemonTables =
    [
        "mt_doc_categorydoc", "mt_doc_categoryentries", "mt_doc_leaderboardview", "mt_doc_boardline", "mt_doc_awardsview", "mt_doc_roundboardview", "mt_doc_seasonstandingsview",
        "mt_doc_pointsstandingsview",
    ];

    /// Document tables that are not a projection's: Marten's dead-letter events (the projections skip no event,
    /// so it stays empty) and Wolverine's envelopes in Marten.
    const string DeadLetters = "mt_doc_deadletterevent";
    static readonly string[] NotProjections = [DeadLetters, "mt_doc_envelope"];

    /// Marten's metadata that every store of a document rewrites (when, and a fresh version id): a rebuild stores
    /// every document anew, so these change while the document is the same. Everything else is dumped, data too.
    static readonly string[] RewrittenOnEveryStore = ["mt_last_modified", "mt_version"];

    public static Task<string> DumpInlineAsync(string connectionString) => DumpAsync(connectionString, InlineTables);

    public static Task<string> DumpDaemonAsync(string connectionString) => DumpAsync(connectionString, DaemonTables);

    public static async Task<string> DumpAsync(string connectionString, IEnumerable<string> tables)
    {
        var dump = new StringBuilder();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await CheckTablesAsync(conn);
        foreach (var table in tables)
        {
            var columns = (await ColumnsAsync(conn, table)).Except(RewrittenOnEveryStore).ToList();
            columns.ShouldContain("id", $"{table}'s key");
            columns.ShouldContain("data", $"{table}'s document");
            var sql = $"SELECT {string.Join(", ", columns.Select(c => c == "data" ? "data::text" : c))} FROM {Schema}.{table} ORDER BY id";
            dump.AppendLine(sql);
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                dump.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        }
        return dump.ToString();
    }

    /// Every document table of the schema is known (a new projection's must be added above to be compared), and no
    /// event was dead-lettered.
    static async Task CheckTablesAsync(NpgsqlConnection conn)
    {
        var actual = new List<string>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'mt\\_doc\\_%'", conn)
        { Parameters = { new() { Value = Schema } } })
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) actual.Add(reader.GetString(0));
        actual.ShouldBe([.. InlineTables, .. DaemonTables, .. NotProjections], ignoreOrder: true, "the document tables as Marten named them");
        await using var deadLetters = new NpgsqlCommand($"SELECT count(*) FROM {Schema}.{DeadLetters}", conn);
        ((long)(await deadLetters.ExecuteScalarAsync())!).ShouldBe(0, "no event was dead-lettered");
    }

    static async Task<List<string>> ColumnsAsync(NpgsqlConnection conn, string table)
    {
        var columns = new List<string>();
        await using var cmd = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position", conn)
        { Parameters = { new() { Value = Schema }, new() { Value = table } } };
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        return columns;
    }

    public static async Task<long> HeadAsync(string connectionString) =>
        await ScalarAsync(connectionString, $"SELECT coalesce(max(seq_id), 0) FROM {Schema}.mt_events");

    /// Waits until the daemon's progress for the boards' shard (mt_event_progression) has reached the head of the log.
    public static async Task CaughtUpAsync(string connectionString, TimeSpan timeout)
    {
        var head = await HeadAsync(connectionString);
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var reached = await ScalarAsync(connectionString,
                $"SELECT coalesce(max(last_seq_id), 0) FROM {Schema}.mt_event_progression WHERE name = '{LeaderboardProjection.ShardName}'");
            if (reached >= head) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{LeaderboardProjection.ShardName} at {reached}, still behind sequence {head}");
            await Task.Delay(50);
        }
    }

    /// Rebuilds the boards' projection from sequence 0 in this process, with Marten's daemon and the store as
    /// CompetitionStore configures it (the API must not be running: no other daemon may hold the shard).
    public static async Task RebuildAsync(string connectionString)
    {
        var started = await ScalarAsync(connectionString, "SELECT (extract(epoch from clock_timestamp()) * 1000000)::bigint");
        await using (var store = DocumentStore.For(opts => CompetitionStore.Configure(opts, connectionString, Schema, createSchema: false)))
        using (var daemon = await store.BuildProjectionDaemonAsync())
            await daemon.RebuildProjectionAsync(LeaderboardProjection.ProjectionName, TimeSpan.FromMinutes(2), CancellationToken.None);

        // A rebuild starts from empty views (the projection tears its documents down): none is left from before it.
        foreach (var table in DaemonTables)
            (await ScalarAsync(connectionString,
                $"SELECT count(*) FROM {Schema}.{table} WHERE (extract(epoch from mt_last_modified) * 1000000)::bigint < {started}"))
                .ShouldBe(0, $"every document of {table} was written by the rebuild");
        (await ScalarAsync(connectionString,
            $"SELECT coalesce(max(last_seq_id), 0) FROM {Schema}.mt_event_progression WHERE name = '{LeaderboardProjection.ShardName}'"))
            .ShouldBe(await HeadAsync(connectionString), "the rebuild went to the head of the log");
    }

    static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
