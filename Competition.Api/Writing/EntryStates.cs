using NotFound = Competition.Domain.NotFound;
using Competition.Domain.Entries;
using Competition.Projections.Contests;
using Marten;

namespace Competition.Api.Writing;

/// Entry streams on the write side, read from the log (never from a lagging projection), with the
/// version to append at.
public sealed class EntryStates(IDocumentStore store)
{
    readonly KnownStates<EntryState.Active> known = new();

    public async Task<(EntryState.Active State, long Version)> LoadAsync(Guid contestId, Guid entryId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Entry, entryId, ct);
        if (state is not EntryState.Active active || active.ContestId != contestId) throw new NotFound("Entry not found in this contest");
        known.Put(entryId, active, version);
        return (active, version);
    }

    /// The entry as it is after this node wrote <paramref name="events"/> to it at <paramref name="version"/>: an entry
    /// approved and drawn here is marked on known state from its first mark on, not refused on the state loaded before
    /// its approval and decided again on a fresh read (at 3,000 entries a tenth of the marks went that way, bench/ screen).
    public void Written(EntryState.Active before, IReadOnlyList<object> events, long version)
    {
        if (events.Count > 0 && events.Aggregate((EntryState)before, Deciders.Entry.Evolve) is EntryState.Active after)
            known.Put(after.Id, after, version);
    }

    /// The entry as this node last loaded it, without a read (see <see cref="KnownStates{TState}"/>).
    public (EntryState.Active State, long Version)? Known(Guid contestId, Guid entryId) =>
        known.TryGet(entryId, out var entry) && entry.State.ContestId == contestId ? entry : null;

    /// Every entry of the category, folded from its stream; the entries are found through their documents,
    /// which are written in the same transaction as their registration.
    public async Task<IReadOnlyList<(EntryState.Active State, long Version)>> OfCategoryAsync(
        Guid contestId, Guid categoryId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var ids = await session.Query<EntryView>().Where(e => e.ContestId == contestId && e.CategoryId == categoryId)
            .Select(e => e.Id).ToListAsync(ct);
        if (ids.Count == 0) return [];
        var idArray = ids.ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => idArray.Contains(e.StreamId))
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        return [.. events.GroupBy(e => e.StreamId)
            .Select(stream => (State: stream.Aggregate(Deciders.Entry.Initial, (s, e) => Deciders.Entry.Evolve(s, e.Data)), Version: stream.Last().Version))
            .Where(x => x.State is EntryState.Active)
            .Select(x => ((EntryState.Active)x.State, x.Version))];
    }
}
