using System.Collections.Immutable;
using static Competition.Domain.Guard;

namespace Competition.Domain.Sheets;

public static class SheetDecider
{
    public static SheetState Initial { get; } = new SheetState.Nonexistent();

    public static IReadOnlyList<object> Decide(SheetCommand command, SheetState state) => command switch
    {
        AwardMark c => Award(c, state),
        SubmitSheet c => Submit(c, state),
        ReopenSheet c => Reopen(c, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown sheet command"),
    };

    static IReadOnlyList<object> Award(AwardMark c, SheetState state)
    {
        var x = c.Context;
        RequireFound(x);
        var criterion = x.Criteria.FirstOrDefault(cr => cr.Id == c.CriterionId)
            ?? throw new NotFound(x.IsRound ? "Item not found among the scheme's marked items" : $"Criterion not found in stage {x.StageName}");
        RequireJudgeMayMark(x);
        if (criterion.Occurrences)
            Invalid(c.Points < 0 || c.Points > criterion.MaxPoints || c.Points != decimal.Truncate(c.Points), "points",
                $"This deduction counts occurrences: a whole number from 0 to {criterion.MaxPoints}");
        Invalid(decimal.Round(c.Points, 2) != c.Points, "points", "Points have at most 2 decimals");
        Invalid(c.Points < 0 || c.Points > criterion.MaxPoints, "points",
            $"Points must be between 0 and {criterion.MaxPoints}");
        // A resend of the same mark (an offline tablet catching up) is answered without a change; so is a
        // resend of a request already written, even out of order after the judge changed the mark again.
        if (c.RequestId is { } request && state.Requests.TryGetValue(request, out var sent))
        {
            Conflict(sent != (c.CriterionId, c.Points),
                "This Idempotency-Key was already used for another mark; send each new mark with a key of its own");
            return [];
        }
        if (state.Marks.TryGetValue(c.CriterionId, out var previous) && previous == c.Points) return [];
        Conflict(!x.StageOpen, x.IsRound ? $"Round {x.StageName} is not open for assessment" : $"Stage {x.StageName} is not open for marking");
        Conflict(!x.EntryApprovedAndDrawn, x.IsRound
            ? "The unit is not an approved entry, so it cannot be assessed"
            : "The entry is not approved with a drawn bib, so it cannot be marked");
        Conflict(state is SheetState.Submitted, "The sheet is submitted; ask the chief judge to reopen it");
        return state.Marks.ContainsKey(c.CriterionId)
            ? [new MarkCorrected(x.SheetId, x.ContestId, x.CategoryId, x.StageId, x.EntryId, x.JudgeId, c.CriterionId, c.Points, previous, c.Now, c.RequestId)]
            : [new MarkAwarded(x.SheetId, x.ContestId, x.CategoryId, x.StageId, x.EntryId, x.JudgeId, c.CriterionId, c.Points, c.Now, c.RequestId)];
    }

    static IReadOnlyList<object> Submit(SubmitSheet c, SheetState state)
    {
        var x = c.Context;
        RequireFound(x);
        RequireJudgeMayMark(x);
        return state switch
        {
            SheetState.Submitted => [],
            SheetState.Open => [new SheetSubmitted(x.SheetId, x.ContestId, x.CategoryId, x.StageId, x.EntryId, x.JudgeId, c.Now)],
            _ => throw new RuleViolation("The sheet has no marks yet, so there is nothing to submit"),
        };
    }

    static IReadOnlyList<object> Reopen(ReopenSheet c, SheetState state)
    {
        var x = c.Context;
        RequireFound(x);
        if (!c.ByOrganizer && !x.ChiefJudgeIds.Contains(c.By))
            throw new NotAllowed("Only the chief judge of the category or the organizer can reopen a sheet");
        var reason = Required(c.Reason, "reason", "Give the reason for reopening the sheet");
        return state switch
        {
            SheetState.Submitted =>
                [new SheetReopened(x.SheetId, x.ContestId, x.CategoryId, x.StageId, x.EntryId, x.JudgeId, reason, c.By, c.Now)],
            SheetState.Open => [],
            _ => throw new RuleViolation("The sheet has not been submitted, so there is nothing to reopen"),
        };
    }

    static void RequireFound(SheetContext x)
    {
        if (!x.ContestFound) throw new NotFound("Contest not found");
        if (!x.StageFound) throw new NotFound("Stage not found in this contest");
        if (!x.JudgeFound) throw new NotFound("Judge not found in this contest");
        if (!x.EntryFound) throw new NotFound("Entry not found in this stage's category");
    }

    static void RequireJudgeMayMark(SheetContext x)
    {
        if (!x.OnPanel) throw new NotAllowed(x.IsRound ? "You are not an assessor of this round's category" : $"You are not on the panel of stage {x.StageName}");
        if (x.Recused) throw new NotAllowed("You are recused from entries of your own organization");
    }

    static ImmutableDictionary<string, (Guid, decimal)> Remember(SheetState state, string? request, Guid criterionId, decimal points) =>
        request is null ? state.Requests : state.Requests.SetItem(request, (criterionId, points));

    public static SheetState Evolve(SheetState state, object @event) => @event switch
    {
        MarkAwarded e => new SheetState.Open { Marks = state.Marks.SetItem(e.CriterionId, e.Points), Requests = Remember(state, e.RequestId, e.CriterionId, e.Points) },
        MarkCorrected e => new SheetState.Open { Marks = state.Marks.SetItem(e.CriterionId, e.Points), Requests = Remember(state, e.RequestId, e.CriterionId, e.Points) },
        SheetSubmitted => new SheetState.Submitted { Marks = state.Marks, Requests = state.Requests },
        SheetReopened => new SheetState.Open { Marks = state.Marks, Requests = state.Requests },
        _ => state,
    };
}
