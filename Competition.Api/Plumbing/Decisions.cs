using Competition.Domain.Contests;

namespace Competition.Api.Plumbing;

/// Load → decide → append with the expected version, the one shape every handler has.
public sealed class Decisions(Streams streams, ContestSnapshots contests)
{
    public async Task<Written> OnContestAsync(ContestCommand command, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(command.ContestId, ct);
        var events = Deciders.Contest.Decide(command, snapshot.State);
        return await streams.WriteAsync(new StreamWrite(command.ContestId, Deciders.Contest.StreamType, snapshot.Version, events), ct);
    }

    /// <paramref name="command"/> is built from the loaded state and version, so it is fresh on every retry.
    public async Task<Written> OnStreamAsync<TCommand, TState>(
        Decider<TCommand, TState> decider, Guid streamId, Func<TState, long, TCommand> command, CancellationToken ct)
    {
        var (state, version) = await streams.LoadAsync(streamId, decider.Initial, decider.Evolve, ct);
        var events = decider.Decide(command(state, version), state);
        return await streams.WriteAsync(new StreamWrite(streamId, decider.StreamType, version, events), ct);
    }

    public Task<(TState State, long Version)> LoadAsync<TCommand, TState>(Decider<TCommand, TState> decider, Guid streamId, CancellationToken ct) =>
        streams.LoadAsync(streamId, decider.Initial, decider.Evolve, ct);
}
