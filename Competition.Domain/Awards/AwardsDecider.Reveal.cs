using Competition.Domain.Scoring;
using static Competition.Domain.Guard;

namespace Competition.Domain.Awards;

public static partial class AwardsDecider
{
    static IReadOnlyList<object> Reveal(RevealNext c, AwardsState state)
    {
        Conflict(!c.HiddenBoard, "The category's board is public; there is nothing to reveal");
        Conflict(state.Reveal.Published, "The board is already revealed in full");
        Conflict(!c.AllStagesClosed, "Close every stage of the category before revealing its board");
        RequireNoReviewHolding(state);
        Conflict(c.Ranking.Count == 0, "The category has no ranked entries to reveal");
        var tiers = c.Policy is { } policy ? Tiers.Assign(c.Ranking, policy).ToDictionary(t => t.EntryId, t => t.Tier) : [];
        var revealed = state.Reveal.Steps.Select(s => s.EntryId).ToHashSet();
        // From the last place up; an entry revealed already (a ranking that moved since) is not revealed twice.
        var left = c.Ranking.Reverse().Where(r => !revealed.Contains(r.EntryId)).ToList();
        var step = state.Reveal.Steps.Count;
        var of = step + left.Count;
        var events = (c.All ? left : left.Take(1))
            .Select(r => (object)new EntryRevealed(c.AwardsId, c.ContestId, c.CategoryId, ++step, of, r.EntryId, r.Rank, r.Total,
                tiers.GetValueOrDefault(r.EntryId), c.Now))
            .ToList();
        if (step == of) events.Add(new BoardPublished(c.AwardsId, c.ContestId, c.CategoryId, of, c.Now));
        return events;
    }
}
