using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Sheets;

namespace Competition.Api.Plumbing;

/// A stream's pure decider with the name its streams carry in mt_streams.
public sealed record Decider<TCommand, TState>(
    string StreamType, TState Initial, Func<TCommand, TState, IReadOnlyList<object>> Decide, Func<TState, object, TState> Evolve);

public static class Deciders
{
    public static readonly Decider<ContestCommand, ContestState> Contest =
        new("contest", ContestDecider.Initial, ContestDecider.Decide, ContestDecider.Evolve);

    public static readonly Decider<EntryCommand, EntryState> Entry =
        new("entry", EntryDecider.Initial, EntryDecider.Decide, EntryDecider.Evolve);

    public static readonly Decider<SheetCommand, SheetState> Sheet =
        new("sheet", SheetDecider.Initial, SheetDecider.Decide, SheetDecider.Evolve);

    public static readonly Decider<AwardsCommand, AwardsState> Awards =
        new("awards", AwardsDecider.Initial, AwardsDecider.Decide, AwardsDecider.Evolve);
}
