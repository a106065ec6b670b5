using System.Text.Encodings.Web;
using System.Text.Json;
using Competition.Domain.Sheets;
using Marten;

namespace Competition.Api.Live;

/// <summary>
/// <c>pg_notify('competition_sheets', &lt;the SheetReopened event as JSON&gt;)</c>, queued in the transaction that appends
/// the event: PostgreSQL delivers it to every node's listener when that transaction commits, and never if it does not,
/// so a judge's tablet hears of a reopened sheet on whichever node it is connected to, at once.
/// </summary>
public static class SheetNotification
{
    public const string Channel = "competition_sheets";
    /// PostgreSQL refuses a payload of 8000 bytes or more (and with it the whole transaction); the full reason is in
    /// GET /api/judge/me in any case.
    const int MaxReason = 1000;
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One notification per <see cref="SheetReopened"/> among <paramref name="events"/>.</summary>
    public static void QueueFor(IDocumentOperations operations, IEnumerable<object> events)
    {
        foreach (var reopened in events.OfType<SheetReopened>())
            operations.QueueSqlCommand("select pg_notify(?, ?)", Channel, Payload(reopened));
    }

    // Escaped, a character takes at most 6 bytes: 1000 of them and the ids stay well under the limit.
    public static string Payload(SheetReopened e) =>
        JsonSerializer.Serialize(e.Reason.Length > MaxReason ? e with { Reason = e.Reason[..MaxReason] } : e, Json);

    public static bool TryParse(string payload, out SheetReopened reopened)
    {
        reopened = null!;
        try { reopened = JsonSerializer.Deserialize<SheetReopened>(payload, Json)!; }
        catch (JsonException) { return false; }
        return reopened is { Reason: not null } && reopened.JudgeId != Guid.Empty && reopened.ContestId != Guid.Empty;
    }
}
