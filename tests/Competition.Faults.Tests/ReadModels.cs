using System.Text;
using Competition.Domain;
using Competition.EventStore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Competition.Faults.Tests;

/// The read side as stored: every read-model table dumped in key order, the checkpoints, and a
/// rebuild of every projection from sequence 0 by the same code the API runs.
public static class ReadModels
{
    static readonly string[] Tables =
    [
        "SELECT category_id, contest_id, last_seq, doc::text FROM read_category_docs ORDER BY category_id",
        "SELECT category_id, judge_id, entry_id, stage_id, sheet::text FROM read_sheets ORDER BY 1, 2, 3, 4",
        "SELECT category_id, contest_id, sequence, board::text FROM read_leaderboards ORDER BY category_id",
        "SELECT category_id, contest_id, sequence, view::text FROM read_awards ORDER BY category_id",
        "SELECT contest_id, last_seq, view::text FROM read_contests ORDER BY contest_id",
        "SELECT judge_id, contest_id, token_hash, judge::text FROM read_judges ORDER BY judge_id",
    ];

    public static async Task<string> DumpAsync(string connectionString)
    {
        var dump = new StringBuilder();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        foreach (var sql in Tables)
        {
            dump.AppendLine(sql);
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                dump.AppendLine(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        }
        return dump.ToString();
    }

    public static async Task<long> HeadAsync(string connectionString) =>
        await ScalarAsync(connectionString, "SELECT coalesce(max(seq_id), 0) FROM mt_events");

    /// Waits until every projection's checkpoint has reached the head of the log.
    public static async Task CaughtUpAsync(string connectionString, TimeSpan timeout)
    {
        var head = await HeadAsync(connectionString);
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var behind = await ScalarAsync(connectionString,
                $"SELECT count(*) FROM mt_event_progression WHERE last_seq_id < {head}");
            var known = await ScalarAsync(connectionString, "SELECT count(*) FROM mt_event_progression");
            if (behind == 0 && known >= 2) return;
            if (DateTime.UtcNow > until) throw new TimeoutException($"projections still behind sequence {head}");
            await Task.Delay(50);
        }
    }

    /// Rebuilds every projection from sequence 0 in this process (the API must not be running).
    public static async Task RebuildAsync(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddEventStore(o =>
        {
            o.ConnectionString = connectionString;
            foreach (var (name, type) in DomainEvents.WireNames) o.Events.Register(type, name);
        });
        services.AddCompetitionProjections();
        await using var provider = services.BuildServiceProvider();
        var daemon = provider.GetRequiredService<ProjectionDaemon>();
        foreach (var projection in daemon.Projections) await daemon.RebuildAsync(projection);
    }

    static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
