using Competition.Projections.Store;
using Marten;
using Wolverine;

namespace Competition.Api.Writing;

/// Commands go to their Wolverine handler; every 2xx answer to a write says where in the log it landed
/// (<c>Event-Sequence</c>): the position of its last event, or the log's head for a harmless repeat that
/// wrote nothing, so a client can wait for a board to reach its write (<c>?after=</c>).
public static class WriteAnswers
{
    public const string EventSequenceHeader = "Event-Sequence";

    public static async Task<Written> WriteAsync(this IMessageBus bus, HttpContext http, object command, CancellationToken ct)
    {
        var written = await bus.InvokeAsync<Written>(command, ct);
        await AnswerAsync(http, written, ct);
        return written;
    }

    public static async Task AnswerAsync(HttpContext http, Written written, CancellationToken ct)
    {
        var sequence = written.Sequence;
        if (sequence == 0)
        {
            await using var session = http.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
            sequence = await ProjectionProgress.HeadAsync(session, ct);
        }
        http.Response.Headers[EventSequenceHeader] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
