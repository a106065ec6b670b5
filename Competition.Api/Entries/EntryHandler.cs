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

    /// An approval is decided on the contest too (has the entry's category been drawn?), asserted at the version read.
    public static async Task<Written> Handle(
        DecideOnEntry c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, EntryStates entries, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var (entry, version) = await entries.LoadAsync(c.ContestId, c.Command.EntryId, ct);
        var command = c.Command is ApproveEntry approve
            ? approve with { CategoryDrawn = contest.Active.Category(entry.CategoryId)?.Drawn ?? false }
            : c.Command;
        var events = Deciders.Entry.Decide(command, entry);
        return await StreamAppender.WriteAsync(session, new StreamWrite(entry.Id, Deciders.Entry.StreamType, version, events)
        {
            DecidedOn = command is ApproveEntry ? [new(c.ContestId, contest.Version)] : [],
        }, context, ct);
    }

    public static Task<Written> Handle(RegisterImportedEntries c, IDocumentSession session, CancellationToken ct) =>
        StreamAppender.WriteAsync(session, c.Entries, null, ct);
}
