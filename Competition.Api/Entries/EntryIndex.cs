using NotFound = Competition.Domain.NotFound;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Entries;
using Competition.EventStore;
using Npgsql;

namespace Competition.Api.Entries;

/// Finds entry streams on the write side, straight from the log (never from a lagging projection),
/// and loads their state with the version to append at.
public sealed class EntryIndex(NpgsqlDataSource db, EventStoreOptions store, Streams streams)
{
    readonly KnownStates<EntryState.Active> known = new();

    public async Task<(EntryState.Active State, long Version)> LoadAsync(Guid contestId, Guid entryId, CancellationToken ct)
    {
        var (state, version) = await streams.LoadAsync(entryId, Deciders.Entry.Initial, Deciders.Entry.Evolve, ct);
        if (state is not EntryState.Active active || active.ContestId != contestId) throw new NotFound("Entry not found in this contest");
        known.Put(entryId, active, version);
        return (active, version);
    }

    /// The entry as this node last loaded it, without a read (see <see cref="KnownStates{TState}"/>).
    public (EntryState.Active State, long Version)? Known(Guid contestId, Guid entryId) =>
        known.TryGet(entryId, out var entry) && entry.State.ContestId == contestId ? entry : null;

    public async Task<IReadOnlyList<(EntryState.Active State, long Version)>> OfCategoryAsync(Guid categoryId, CancellationToken ct)
    {
        var registered = store.Events.NameFor(typeof(EntryRegistered));
        await using var command = db.CreateCommand(
            $"select stream_id from {store.Schema}.mt_events where type = $1 and data->>'categoryId' = $2 order by seq_id");
        command.Parameters.Add(new() { Value = registered });
        command.Parameters.Add(new() { Value = categoryId.ToString() });
        var ids = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetGuid(0));

        var loaded = new List<(EntryState.Active, long)>();
        foreach (var id in ids)
        {
            var (state, version) = await streams.LoadAsync(id, Deciders.Entry.Initial, Deciders.Entry.Evolve, ct);
            if (state is EntryState.Active active) loaded.Add((active, version));
        }
        return loaded;
    }
}
