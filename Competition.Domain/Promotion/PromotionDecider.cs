using static Competition.Domain.Guard;

namespace Competition.Domain.Promotion;

public static class PromotionDecider
{
    public static PromotionState Initial => PromotionState.None;

    public static IReadOnlyList<object> Decide(PromotionCommand command, PromotionState state) => command switch
    {
        ProposePromotion c => Propose(c, state),
        DeclineQualifier c => Decline(c, state),
        ConfirmPromotion c => Confirm(c, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown promotion command"),
    };

    static IReadOnlyList<object> Propose(ProposePromotion c, PromotionState state)
    {
        Conflict(state.Confirmed is not null, "Promotion from this category is already confirmed");
        var rule = c.Rule ?? throw new RuleViolation("Set the category's promotion rule (PUT …/promotion) before proposing");
        Conflict(!c.AwardsConfirmed, "Promotion needs the category's awards confirmed");
        var candidates = c.Ranking.Where(r => rule.MinTotal is not { } min || r.Total >= min).OrderBy(r => r.Rank).ToList();
        return [new PromotionProposed(c.PromotionId, c.ContestId, c.CategoryId, rule, candidates, c.Now)];
    }

    static IReadOnlyList<object> Decline(DeclineQualifier c, PromotionState state)
    {
        Conflict(state.Confirmed is not null,
            "Promotion from this category is confirmed; the entry is registered in the parent contest, whose organizer can withdraw it");
        Conflict(state.Rule is null, "There is no promotion proposal yet; propose first");
        if (state.Candidates.All(e => e.EntryId != c.EntryId)) throw new NotFound("This entry is not a candidate for promotion from this category");
        if (state.Declined.ContainsKey(c.EntryId)) return [];
        return [new QualifierDeclined(c.PromotionId, c.ContestId, c.CategoryId, c.EntryId, c.Reason?.Trim() ?? "", c.Now)];
    }

    static IReadOnlyList<object> Confirm(ConfirmPromotion c, PromotionState state)
    {
        if (state.Confirmed is not null) return [];
        Conflict(state.Rule is null, "There is no promotion proposal to confirm; propose first");
        Conflict(state.Rule != c.Rule, "The promotion rule changed after the proposal; propose again");
        var qualifiers = state.Selection.Qualifiers;
        Conflict(qualifiers.Count == 0, "No entry qualifies under the promotion rule; there is nothing to confirm");
        var parentCategoryId = state.Rule!.ParentCategoryId;
        return [new PromotionConfirmed(c.PromotionId, c.ContestId, c.CategoryId, c.ParentContestId, parentCategoryId,
            [.. qualifiers.Select(q => new Qualifier(q.EntryId, StreamIds.Qualified(parentCategoryId, q.EntryId), q.Rank, q.Total))], c.Now)];
    }

    public static PromotionState Evolve(PromotionState state, object @event) => @event switch
    {
        PromotionProposed e => state with { Status = "proposed", Rule = e.Rule, Candidates = e.Candidates },
        QualifierDeclined e => state with { Declined = state.Declined.SetItem(e.EntryId, e.Reason) },
        PromotionConfirmed e => state with { Status = "confirmed", Confirmed = e },
        _ => state,
    };
}
