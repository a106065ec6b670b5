using System.Collections.Immutable;

namespace Competition.Domain.Promotion;

/// <summary>A category's promotion: nothing yet, proposed (declines may follow), or confirmed.
/// <see cref="Declined"/> (entry → reason) is kept through a new proposal: who declined does not come back.</summary>
public sealed record PromotionState(
    string Status, PromotionRule? Rule, IReadOnlyList<PromotionCandidate> Candidates, ImmutableDictionary<Guid, string> Declined,
    PromotionConfirmed? Confirmed)
{
    public static readonly PromotionState None = new("none", null, [], ImmutableDictionary<Guid, string>.Empty, null);

    public PromotionSelection Selection => Rule is null
        ? new([], [], [])
        : PromotionSelection.Of(Rule, Candidates, Declined.Keys.ToHashSet());
}
