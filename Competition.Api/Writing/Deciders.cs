using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Points;
using Competition.Domain.Sheets;

namespace Competition.Api.Writing;

/// A stream's pure decider with the type its streams carry in mt_streams.
public sealed record Decider<TCommand, TState>(
    Type StreamType, TState Initial, Func<TCommand, TState, IReadOnlyList<object>> Decide, Func<TState, object, TState> Evolve);

public static class Deciders
{
    public static readonly Decider<ContestCommand, ContestState> Contest =
        new(typeof(ContestState), ContestDecider.Initial, ContestDecider.Decide, ContestDecider.Evolve);

    public static readonly Decider<EntryCommand, EntryState> Entry =
        new(typeof(EntryState), EntryDecider.Initial, EntryDecider.Decide, EntryDecider.Evolve);

    public static readonly Decider<SheetCommand, SheetState> Sheet =
        new(typeof(SheetState), SheetDecider.Initial, SheetDecider.Decide, SheetDecider.Evolve);

    public static readonly Decider<AwardsCommand, AwardsState> Awards =
        new(typeof(AwardsState), AwardsDecider.Initial, AwardsDecider.Decide, AwardsDecider.Evolve);

    public static readonly Decider<Competition.Domain.Promotion.PromotionCommand, Competition.Domain.Promotion.PromotionState> Promotion =
        new(typeof(Competition.Domain.Promotion.PromotionState), Competition.Domain.Promotion.PromotionDecider.Initial,
            Competition.Domain.Promotion.PromotionDecider.Decide, Competition.Domain.Promotion.PromotionDecider.Evolve);

    public static readonly Decider<GrantCommand, GrantState> Grant =
        new(typeof(GrantState), GrantDecider.Initial, GrantDecider.Decide, GrantDecider.Evolve);
}
