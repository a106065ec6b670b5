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
        var written = await StreamAppender.WriteAsync(session, new StreamWrite(entry.Id, Deciders.Entry.StreamType, version, events)
        {
            DecidedOn = command is ApproveEntry ? [new(c.ContestId, contest.Version)] : [],
        }, context, ct);
        entries.Written(entry, events, written.Version);
        return written;
    }

    /// <summary>
    /// In chunks of <see cref="ImportChunk"/> entries, one transaction each, one import at a time on this node. The
    /// daemon cannot pass a sequence number taken by a transaction still open, so one transaction of 5,000 entries
    /// would hold every contest's boards back for as long as it takes (about a second here); a chunk, a fiftieth of it
    /// (bench/ noisy: another contest's score-to-screen p99 1,055 ms at one transaction, 95 ms at 100 entries).
    /// A failure part-way leaves the chunks before it written: the same file sent again writes the rest (ImportIds).
    /// Once its turn has come, an import is written whole even if its caller goes away.
    /// </summary>
    public static async Task<Written> Handle(RegisterImportedEntries c, IDocumentStore store, CancellationToken ct)
    {
        await OneImportAtATime.WaitAsync(ct);
        try
        {
            var written = new Written(0, 0);
            var registered = 0;
            var pause = TimeSpan.Zero;
            foreach (var chunk in c.Entries.Chunk(ImportChunk))
            {
                // Bulk work gives way to the interactive: after each chunk as long a pause as the chunk took.
                if (registered > 0) await Task.Delay(pause, CancellationToken.None);
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                await using var session = store.LightweightSession();
                try { written = await StreamAppender.WriteAsync(session, chunk, null, CancellationToken.None); }
                catch (StreamConflict) when (registered > 0)
                {
                    throw new Domain.RuleViolation($"The contest changed while the file was being registered: {registered} of {c.Entries.Count} " +
                                                   "entries are registered. Send the same file again to register the rest.");
                }
                registered += chunk.Length;
                pause = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            }
            return written;
        }
        finally
        {
            OneImportAtATime.Release();
        }
    }

    public const int ImportChunk = 100;

    // Imports are CPU-heavy (thousands of decisions and documents); one at a time leaves the other core to the marks.
    static readonly SemaphoreSlim OneImportAtATime = new(1, 1);
}
