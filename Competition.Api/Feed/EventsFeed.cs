using System.Text.Json;
using Competition.Api.Plumbing;
using Npgsql;
using Wolverine.Http;

namespace Competition.Api.Feed;

/// NDJSON feed of a contest's events for integrators, in log order, streamed page by page so a
/// large contest never sits in memory. Every event of the domain carries its contestId.
public static class EventsFeed
{
    const int Page = 1000;

    [WolverineGet("/api/contests/{cid:guid}/events")]
    public static async Task Handle(
        Guid cid, long? after, HttpContext http, Access access, NpgsqlDataSource db, DatabaseSettings store, CancellationToken ct)
    {
        var contest = await access.OrganizerAsync(http, cid, ct);
        // As of the request: a stage whose codes open while the feed streams is shown sealed to its end.
        var sealedStages = SealedStages.Of(contest.State);
        if (after is < 0) throw new Domain.InvalidCommand("after", "after must be a sequence number of 0 or more");
        http.Response.ContentType = "application/x-ndjson; charset=utf-8";
        var position = after ?? 0;
        while (true)
        {
            await using var command = db.CreateCommand(
                $"select seq_id, stream_id, type, timestamp, data::text from {store.Schema}.mt_events " +
                "where seq_id > $1 and data->>'contestId' = $2 order by seq_id limit $3");
            command.Parameters.Add(new() { Value = position });
            command.Parameters.Add(new() { Value = cid.ToString() });
            command.Parameters.Add(new() { Value = Page });
            var count = 0;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    position = reader.GetInt64(0);
                    count++;
                    var type = reader.GetString(2);
                    var (streamId, data) = sealedStages.View(type, reader.GetGuid(1), reader.GetString(4));
                    await using var line = new MemoryStream();
                    await using (var json = new Utf8JsonWriter(line))
                    {
                        json.WriteStartObject();
                        json.WriteNumber("sequence", position);
                        json.WriteString("streamId", streamId);
                        json.WriteString("type", type);
                        json.WriteString("timestamp", reader.GetFieldValue<DateTimeOffset>(3));
                        json.WritePropertyName("data");
                        json.WriteRawValue(Redacted(type, data), skipInputValidation: true);
                        json.WriteEndObject();
                    }
                    line.WriteByte((byte)'\n');
                    await http.Response.Body.WriteAsync(line.ToArray(), ct);
                }
            }
            if (count < Page) break;
        }
    }

    /// Token hashes stay on the server: an integrator never needs them, and a hash of a token is a secret's fingerprint.
    static string Redacted(string type, string data)
    {
        if (type is not ("contest.created" or "contest.judge-appointed" or "contest.organizer-token-rotated" or "contest.judge-token-rotated"))
            return data;
        var node = System.Text.Json.Nodes.JsonNode.Parse(data)!.AsObject();
        node.Remove("organizerTokenHash");
        node.Remove("tokenHash");
        return node.ToJsonString();
    }
}
