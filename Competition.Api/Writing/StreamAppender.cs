using Competition.Api.Awards;
using Competition.Projections.Store;
using JasperFx.Events;
using Marten;
using Wolverine;

namespace Competition.Api.Writing;

/// Appends decided events to their streams in one Marten session: each stream at the version it was decided
/// on (a new stream is started), each stream the decision only read asserted at its version, all in one
/// transaction. The assertions are queued first, so a stale read fails before any sequence number is taken;
/// a stale version on a later stream of the same session fails after earlier streams took theirs, and Marten
/// fills those numbers with tombstone events, so the daemon is not held up by them.
/// With an <paramref name="outbox"/> (the handler's Wolverine context, whose session this is), the reactions
/// the events call for are published through the outbox in the same transaction.
public static class StreamAppender
{
    public static async Task<Written> WriteAsync(
        IDocumentSession session, IReadOnlyList<StreamWrite> writes, IMessageContext? outbox, CancellationToken ct)
    {
        var first = writes[0];
        if (writes.All(w => w.Events.Count == 0)) return new(first.ExpectedVersion, 0);
        session.AssertStreamVersions([.. writes.SelectMany(w => w.DecidedOn).Distinct().Select(r => (r.StreamId, r.Version))]);
        var actions = writes.Where(w => w.Events.Count > 0).Select(w => (Write: w, Action: Queue(session, w))).ToList();
        if (outbox is not null)
            foreach (var (w, action) in actions)
                for (var i = 0; i < action.Events.Count; i++)
                    if (Reactions.For(action.Events[i], w.ExpectedVersion + i + 1) is { } reaction)
                        await outbox.PublishAsync(reaction);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (StreamVersionAssertion.IsConflict(e))
        {
            throw new StreamConflict(e);
        }
        return new(first.ExpectedVersion + first.Events.Count, actions.Max(a => a.Action.Events[^1].Sequence));
    }

    public static Task<Written> WriteAsync(IDocumentSession session, StreamWrite write, IMessageContext? outbox, CancellationToken ct) =>
        WriteAsync(session, [write], outbox, ct);

    /// Queues one stream's events in the session (nothing is sent before SaveChangesAsync), and the notifications
    /// the live push needs of them, which go out when the same transaction commits.
    public static StreamAction Queue(IDocumentSession session, StreamWrite w)
    {
        Live.SheetNotification.QueueFor(session, w.Events);
        return w.ExpectedVersion == 0
            ? session.Events.StartStream(w.StreamType, w.StreamId, [.. w.Events])
            : session.Events.Append(w.StreamId, w.ExpectedVersion + w.Events.Count, [.. w.Events]);
    }
}
