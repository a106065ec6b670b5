namespace Competition.Domain.Scoring;

public sealed record TierAssignment(Guid EntryId, int Rank, decimal Total, string? Tier);

public static class Tiers
{
    /// <summary>
    /// The contract's tier rule: N = ranked entries reaching the minimum score; tier k ends at
    /// size_1 + … + size_k, never past N, where a size is round(share·N) (half away from zero) or
    /// the tier's count; entries tied in rank with a tier's last entry join it, which shortens the
    /// tiers after it. <paramref name="ranked"/> must be in rank order.
    /// </summary>
    public static IReadOnlyList<TierAssignment> Assign(IReadOnlyList<RankedRow> ranked, AwardPolicy policy)
    {
        var eligible = ranked.Where(r => r.Total >= policy.MinimumScore).ToList();
        var n = eligible.Count;
        var tierOf = new Dictionary<Guid, string>();
        var assigned = 0;
        var end = 0;
        foreach (var tier in policy.Tiers)
        {
            // Capped as it goes: once a tier reaches N the later ones are empty, and no list of counts overflows.
            end = Math.Min(end + Size(tier, n), n);
            var last = end;
            if (last <= assigned) continue;
            while (last < n && eligible[last].Rank == eligible[last - 1].Rank) last++;
            for (var i = assigned; i < last; i++) tierOf[eligible[i].EntryId] = tier.Name;
            assigned = last;
        }
        return ranked.Select(r => new TierAssignment(r.EntryId, r.Rank, r.Total, tierOf.GetValueOrDefault(r.EntryId))).ToList();
    }

    static int Size(AwardTier tier, int n) => tier.Count ?? Rounding.RoundToInt((tier.Share ?? 0) * n);
}
