using Competition.Api.Writing;
using Competition.Domain.Entries;
using Marten;
using Wolverine;

namespace Competition.Api.Entries;

/// Entries decided by the import, each a new stream, appended together if the contest is still as decided on.
public sealed record RegisterImportedEntries(IReadOnlyList<StreamWrite> Entries);

public static class EntryHandler
{
    public static async Task<Written> Handle(
        RegisterNewEntry c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, Decisions decisions, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var registration = RegistrationContext.From(contest.State, c.CategoryId);
        var events = Deciders.Entry.Decide(c.ToDomain(registration), Deciders.Entry.Initial);
        return await StreamAppender.WriteAsync(session, new StreamWrite(c.EntryId, Deciders.Entry.StreamType, 0, events)
        {
            DecidedOn = [new(c.ContestId, contest.Version)],
        }, context, ct);
    }

    public static async Task<Written> Handle(
        DecideOnEntry c, IDocumentSession session, IMessageContext context, EntryStates entries, Decisions decisions, CancellationToken ct)
    {
        await entries.LoadAsync(c.ContestId, c.Command.EntryId, ct);
        return await decisions.OnStreamAsync(session, context, Deciders.Entry, c.Command.EntryId, (_, _) => c.Command, ct);
    }

    public static Task<Written> Handle(RegisterImportedEntries c, IDocumentSession session, CancellationToken ct) =>
        StreamAppender.WriteAsync(session, c.Entries, null, ct);
}
