using Competition.Domain.Contests;
using Marten;
using Wolverine;

namespace Competition.Api.Writing;

/// Load → decide → append with the expected version, the one shape every handler has.
public sealed class Decisions(ContestSnapshots contests)
{
    public async Task<Written> OnContestAsync(IDocumentSession session, IMessageContext outbox, ContestCommand command, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(command.ContestId, ct);
        var events = Deciders.Contest.Decide(command, snapshot.State);
        return await StreamAppender.WriteAsync(session, new StreamWrite(command.ContestId, Deciders.Contest.StreamType, snapshot.Version, events), outbox, ct);
    }

    /// <paramref name="command"/> is built from the loaded state and version, so it is fresh on every retry.
    public async Task<Written> OnStreamAsync<TCommand, TState>(
        IDocumentSession session, IMessageContext outbox, Decider<TCommand, TState> decider, Guid streamId, Func<TState, long, TCommand> command,
        CancellationToken ct)
    {
        var (state, version) = await LoadAsync(session, decider, streamId, ct);
        var events = decider.Decide(command(state, version), state);
        return await StreamAppender.WriteAsync(session, new StreamWrite(streamId, decider.StreamType, version, events), outbox, ct);
    }

    /// The stream's state and version (0 for a stream that does not exist), folded from its events.
    public static async Task<(TState State, long Version)> LoadAsync<TCommand, TState>(
        IQuerySession session, Decider<TCommand, TState> decider, Guid streamId, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        var state = decider.Initial;
        foreach (var e in events) state = decider.Evolve(state, e.Data);
        return (state, events.Count == 0 ? 0 : events[^1].Version);
    }
}
