using System.Text.Json;
using Competition.Domain;
using Npgsql;

namespace Competition.Faults.Tests;

/// What the event log holds for the sheets of a stage, read straight from Marten's mt_events: stream_id, version
/// (1, 2, … within the stream), type (the wire name of DomainEvents, e.g. sheet.mark-awarded) and data (camelCase JSON).
public sealed class SheetLog
{
    readonly Dictionary<Guid, List<(long Version, string Type, Guid? Criterion, decimal Points)>> streams = [];

    public static async Task<SheetLog> ReadAsync(string connectionString)
    {
        var log = new SheetLog();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT stream_id, version, type, data FROM mt_events WHERE type LIKE 'sheet.%' ORDER BY stream_id, version", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            using var data = JsonDocument.Parse(reader.GetString(3));
            var root = data.RootElement;
            Guid? criterion = root.TryGetProperty("criterionId", out var c) ? c.GetGuid() : null;
            var points = root.TryGetProperty("points", out var p) ? p.GetDecimal() : 0;
            var stream = reader.GetGuid(0);
            if (!log.streams.TryGetValue(stream, out var events)) log.streams[stream] = events = [];
            events.Add((reader.GetInt64(1), reader.GetString(2), criterion, points));
        }
        return log;
    }

    public int MarkEvents => streams.Values.Sum(s => s.Count(e => e.Criterion is not null));

    /// The criterion's points on the sheet as of <paramref name="version"/> (null if never marked).
    public decimal? PointsAt(Guid sheet, Guid criterion, long version = long.MaxValue) =>
        streams.TryGetValue(sheet, out var events)
            ? events.LastOrDefault(e => e.Version <= version && e.Criterion == criterion) is { Type: not null } last ? last.Points : null
            : null;

    public bool Submitted(Guid sheet) => streams.TryGetValue(sheet, out var events) && events.Any(e => e.Type == "sheet.submitted");

    /// Acknowledged attempts the log does not bear out, in words, for the assertion message.
    public List<string> Missing(IEnumerable<MarkingJudges.Attempt> attempts, Guid stage)
    {
        var missing = new List<string>();
        foreach (var a in attempts.Where(a => a.Acknowledged))
        {
            var sheet = StreamIds.Sheet(a.JudgeId, a.EntryId, stage);
            if (a.CriterionId is { } criterion)
            {
                if (PointsAt(sheet, criterion, a.Version!.Value) != a.Points)
                    missing.Add($"mark #{a.Order} {a.Points} on {sheet}/{criterion} acknowledged at version {a.Version}, log has {PointsAt(sheet, criterion, a.Version.Value)?.ToString() ?? "nothing"}");
            }
            else if (a.Status == 204 && !Submitted(sheet)) missing.Add($"submit #{a.Order} of {sheet} acknowledged, not in the log");
        }
        return missing;
    }

    /// Every cell's final value is what the judge last had acknowledged, or a later attempt whose
    /// answer was lost (it may or may not have been written before the crash).
    public List<string> FinalValuesWrong(IEnumerable<MarkingJudges.Attempt> attempts, Guid stage)
    {
        var wrong = new List<string>();
        foreach (var cell in attempts.Where(a => a.CriterionId is not null).GroupBy(a => (a.JudgeId, a.EntryId, a.CriterionId)))
        {
            var ordered = cell.OrderBy(a => a.Order).ToList();
            var lastAck = ordered.FindLastIndex(a => a.Acknowledged);
            if (lastAck < 0) continue;
            var allowed = ordered.Skip(lastAck).Where(a => a.Acknowledged || a.Status is null or >= 500).Select(a => a.Points).ToHashSet();
            var sheet = StreamIds.Sheet(cell.Key.JudgeId, cell.Key.EntryId, stage);
            var final = PointsAt(sheet, cell.Key.CriterionId!.Value);
            if (final is null || !allowed.Contains(final.Value))
                wrong.Add($"{sheet}/{cell.Key.CriterionId}: log ends at {final}, judge last had {ordered[lastAck].Points} acknowledged");
        }
        return wrong;
    }
}
