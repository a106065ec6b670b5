using System.Collections.Immutable;
using Competition.Domain.Scoring;
using static Competition.Domain.Guard;

namespace Competition.Domain.Awards;

public static partial class AwardsDecider
{
    public static AwardsState Initial { get; } = new AwardsState.None();

    public static IReadOnlyList<object> Decide(AwardsCommand command, AwardsState state) => command switch
    {
        ProposeAwards c => Propose(c, state),
        OpenNotice c => Notice(c, state),
        LodgeAppeal c => Lodge(c, state),
        ResolveAppeal c => Resolve(c, state),
        ConfirmAwards c => Confirm(c, state),
        RevokeAward c => Revoke(c, state),
        ReactToCategoryChange c => React(c, state),
        DrawReview c => Draw(c, state),
        RecordReviewMark c => Record(c, state),
        RevealNext c => Reveal(c, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown awards command"),
    };

    static IReadOnlyList<object> Propose(ProposeAwards c, AwardsState state)
    {
        Conflict(state is AwardsState.UnderNotice, "The proposal is under public notice; it can only be withdrawn by an upheld appeal");
        Conflict(state is AwardsState.Confirmed, "Awards of this category are already confirmed");
        Conflict(!c.AllStagesClosed, "Every stage of the category must be closed before awards are proposed");
        RequireNoReviewHolding(state);
        Conflict(c.HiddenBoard && !state.Reveal.Published,
            "The category's board is hidden: reveal it (or publish it) before proposing awards, so that no result is out before the ceremony");
        var policy = c.Policy ?? throw new RuleViolation("Set the category's award policy before proposing awards");
        var awards = Tiers.Assign(c.Ranking, policy)
            .Where(a => a.Tier is not null)
            .Select(a => new ProposedAward(a.EntryId, a.Tier!, a.Rank, a.Total))
            .ToList();
        return [new AwardsProposed(c.AwardsId, c.ContestId, c.CategoryId, awards, c.Now)];
    }

    static IReadOnlyList<object> Notice(OpenNotice c, AwardsState state)
    {
        Invalid(c.Days < 1, "days", "Public notice lasts at least one day");
        // A stage opened again after the proposal makes it stale (the reaction supersedes it a moment later).
        Conflict(!c.AllStagesClosed, "A stage of the category is open again; close it and propose anew before the public notice");
        return state switch
        {
            AwardsState.Proposed => [new NoticeOpened(c.AwardsId, c.ContestId, c.CategoryId, c.Days, c.Now.AddDays(c.Days), c.Now)],
            AwardsState.UnderNotice n => throw new RuleViolation($"Public notice is already open until {n.EndsAt:u}"),
            AwardsState.Confirmed => throw new RuleViolation("Awards of this category are already confirmed"),
            _ => throw new RuleViolation("There is no proposal to put under public notice; propose awards first"),
        };
    }

    static IReadOnlyList<object> Lodge(LodgeAppeal c, AwardsState state)
    {
        var reason = Required(c.Reason, "reason", "Give the reason for the appeal");
        if (state.Appeals.ContainsKey(c.AppealId)) return [];
        return state switch
        {
            AwardsState.UnderNotice n when c.Now < n.EndsAt =>
                [new AppealLodged(c.AwardsId, c.ContestId, c.CategoryId, c.AppealId, c.EntryId, reason, c.Now)],
            AwardsState.UnderNotice n => throw new RuleViolation($"The public notice period ended at {n.EndsAt:u}; appeals are closed"),
            _ => throw new RuleViolation("Appeals are accepted only during public notice"),
        };
    }

    static IReadOnlyList<object> Resolve(ResolveAppeal c, AwardsState state)
    {
        var appeal = state.Appeals.GetValueOrDefault(c.AppealId) ?? throw new NotFound("Appeal not found in this category");
        if (!appeal.Open)
            return appeal.Upheld == c.Upheld ? [] : throw new RuleViolation("This appeal has already been resolved");
        var resolved = new AppealResolved(c.AwardsId, c.ContestId, c.CategoryId, c.AppealId, c.Upheld, c.Note?.Trim() ?? "", c.Now);
        return c.Upheld && state is AwardsState.Proposed or AwardsState.UnderNotice
            ? [resolved, new ProposalWithdrawn(c.AwardsId, c.ContestId, c.CategoryId, c.AppealId, c.Now)]
            : [resolved];
    }

    static IReadOnlyList<object> Confirm(ConfirmAwards c, AwardsState state) => state switch
    {
        AwardsState.Confirmed => [],
        _ when !c.AllStagesClosed => throw new RuleViolation("A stage of the category is open again; awards cannot be confirmed while it is"),
        AwardsState.UnderNotice n when c.Now < n.EndsAt =>
            throw new RuleViolation($"Public notice runs until {n.EndsAt:u}; awards can be confirmed after it"),
        AwardsState.UnderNotice when state.HasOpenAppeal => throw new RuleViolation("Resolve the open appeals before confirming awards"),
        AwardsState.UnderNotice n => [new AwardsConfirmed(c.AwardsId, c.ContestId, c.CategoryId, n.Awards, c.Now), .. Granted(c, n.Awards)],
        AwardsState.Proposed => throw new RuleViolation("The proposal must go through public notice before it is confirmed"),
        _ => throw new RuleViolation("There is no proposal to confirm; propose awards first"),
    };

    /// The honours the rules in force grant on the confirmed awards; no event when the category has no rules.
    static IReadOnlyList<object> Granted(ConfirmAwards c, IReadOnlyList<ProposedAward> awards) =>
        c.HonourRules is { Count: > 0 } rules
            ? [new HonoursGranted(c.AwardsId, c.ContestId, c.CategoryId, Honours.Grant(rules, c.Ranking ?? [], awards, c.Entries ?? [], c.Now.Year), c.Now)]
            : [];

    static IReadOnlyList<object> Revoke(RevokeAward c, AwardsState state)
    {
        var reason = Required(c.Reason, "reason", "Give the reason for revoking the award");
        if (state is not AwardsState.Confirmed confirmed) throw new RuleViolation("Only confirmed awards can be revoked");
        if (confirmed.Awards.All(a => a.EntryId != c.EntryId))
        {
            // An entry honoured without an award (top 5 with three prizes) has only its honours to revoke; a repeat decides nothing.
            if (confirmed.HasHonours(c.EntryId)) return [new HonoursRevoked(c.AwardsId, c.ContestId, c.CategoryId, c.EntryId, reason, c.Now)];
            if (confirmed.Honours.Any(h => h.EntryId == c.EntryId)) return [];
            throw new NotFound("This entry has no award in this category");
        }
        if (confirmed.Revoked.Contains(c.EntryId)) return [];
        return [new AwardRevoked(c.AwardsId, c.ContestId, c.CategoryId, c.EntryId, reason, c.Now)];
    }

    static IReadOnlyList<object> React(ReactToCategoryChange c, AwardsState state)
    {
        if (state.Reactions.Contains(c.TriggerEventId)) return [];
        // A sample drawn on marks that may now change, or a re-mark it called for that has begun, no longer holds.
        if (state.Review is { HoldsAwards: true } review)
            return [new ReviewCancelled(c.AwardsId, c.ContestId, c.CategoryId, review.Drawn.ReviewId, c.Reason, c.TriggerEventId, c.Now)];
        return state switch
        {
            AwardsState.Proposed or AwardsState.UnderNotice =>
                [new ProposalSuperseded(c.AwardsId, c.ContestId, c.CategoryId, c.Reason, c.TriggerEventId, c.Now)],
            // Confirmed awards are not re-ranked, but a disqualified entry does not keep its award.
            AwardsState.Confirmed k when c.DisqualifiedEntryId is { } entry && k.Awards.Any(a => a.EntryId == entry) && !k.Revoked.Contains(entry) =>
                [new AwardRevoked(c.AwardsId, c.ContestId, c.CategoryId, entry, c.Reason, c.Now, c.TriggerEventId)],
            AwardsState.Confirmed k when c.DisqualifiedEntryId is { } entry && k.Awards.All(a => a.EntryId != entry) && k.HasHonours(entry) =>
                [new HonoursRevoked(c.AwardsId, c.ContestId, c.CategoryId, entry, c.Reason, c.Now, c.TriggerEventId)],
            _ => [],
        };
    }

    public static AwardsState Evolve(AwardsState state, object @event)
    {
        var next = EvolveProposal(state, @event);
        var review = Evolve(state.Review, @event);
        next = @event switch
        {
            EntryRevealed e => next with { Reveal = next.Reveal with { Steps = next.Reveal.Steps.Add(e) } },
            BoardPublished => next with { Reveal = next.Reveal with { Published = true } },
            _ => next,
        };
        next = @event is ReviewCancelled c ? next with { Reactions = next.Reactions.Add(c.TriggerEventId) } : next;
        return ReferenceEquals(review, next.Review) ? next : next with { Review = review };
    }

    static AwardsState EvolveProposal(AwardsState state, object @event) => (state, @event) switch
    {
        (_, AwardsProposed e) => new AwardsState.Proposed(e.Awards) { Appeals = state.Appeals, Reactions = state.Reactions, Review = state.Review, Reveal = state.Reveal },
        (AwardsState.Proposed p, NoticeOpened e) => new AwardsState.UnderNotice(p.Awards, e.EndsAt) { Appeals = state.Appeals, Reactions = state.Reactions, Review = state.Review, Reveal = state.Reveal },
        (_, AppealLodged e) => state with { Appeals = state.Appeals.SetItem(e.AppealId, new Appeal(e.AppealId, e.EntryId, true, null)) },
        (_, AppealResolved e) when state.Appeals.TryGetValue(e.AppealId, out var a) =>
            state with { Appeals = state.Appeals.SetItem(e.AppealId, a with { Open = false, Upheld = e.Upheld }) },
        (_, ProposalWithdrawn) => new AwardsState.None { Appeals = state.Appeals, Reactions = state.Reactions, Review = state.Review, Reveal = state.Reveal },
        (_, ProposalSuperseded e) => new AwardsState.None { Appeals = state.Appeals, Reactions = state.Reactions.Add(e.TriggerEventId), Review = state.Review, Reveal = state.Reveal },
        (_, AwardsConfirmed e) => new AwardsState.Confirmed(e.Awards, []) { Appeals = state.Appeals, Reactions = state.Reactions, Review = state.Review, Reveal = state.Reveal },
        (AwardsState.Confirmed c, AwardRevoked e) => c with
        {
            Revoked = c.Revoked.Add(e.EntryId),
            HonoursRevoked = c.HonoursRevoked.Add(e.EntryId),
            Reactions = e.TriggerEventId is { } trigger ? c.Reactions.Add(trigger) : c.Reactions,
        },
        (AwardsState.Confirmed c, HonoursGranted e) => c with { Honours = [.. e.Honours] },
        (AwardsState.Confirmed c, HonoursRevoked e) => c with
        {
            HonoursRevoked = c.HonoursRevoked.Add(e.EntryId),
            Reactions = e.TriggerEventId is { } trigger ? c.Reactions.Add(trigger) : c.Reactions,
        },
        _ => state,
    };
}
