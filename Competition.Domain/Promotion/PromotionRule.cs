namespace Competition.Domain.Promotion;

/// <summary>
/// How a category selects for its parent contest's category (选拔): the best <paramref name="Top"/> of its final ranking
/// whose total reaches <paramref name="MinTotal"/>, at most <paramref name="QuotaPerOrganization"/> of them from one
/// organization (名额), in rank order. Set on the lower contest, which its organizer runs.
/// </summary>
public sealed record PromotionRule(Guid ParentCategoryId, int Top, decimal? MinTotal, int? QuotaPerOrganization);

/// <summary>An entry of the final ranking as promotion reads it.</summary>
public sealed record PromotionCandidate(Guid EntryId, string Name, string Organization, int Rank, decimal Total);

/// <summary>A qualifier as confirmed: the entry, the entry it became in the parent contest, and the result that sent it.</summary>
public sealed record Qualifier(Guid EntryId, Guid ParentEntryId, int Rank, decimal Total);

/// <summary>Who goes up under a rule: in rank order, skipping who declined and who would exceed their organization's
/// quota, until <see cref="PromotionRule.Top"/> are in; a decline passes the slot to the next candidate down.</summary>
public sealed record PromotionSelection(
    IReadOnlyList<PromotionCandidate> Qualifiers, IReadOnlyList<PromotionCandidate> OverQuota, IReadOnlyList<PromotionCandidate> Reserves)
{
    public static PromotionSelection Of(PromotionRule rule, IReadOnlyList<PromotionCandidate> candidates, IReadOnlySet<Guid> declined)
    {
        List<PromotionCandidate> qualifiers = [], overQuota = [], reserves = [];
        var perOrganization = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates.OrderBy(c => c.Rank))
        {
            if (declined.Contains(candidate.EntryId)) continue;
            var organization = Organizations.Normalize(candidate.Organization).ToUpperInvariant();
            var taken = perOrganization.GetValueOrDefault(organization);
            if (qualifiers.Count >= rule.Top) reserves.Add(candidate);
            else if (rule.QuotaPerOrganization is { } quota && taken >= quota) overQuota.Add(candidate);
            else
            {
                qualifiers.Add(candidate);
                perOrganization[organization] = taken + 1;
            }
        }
        return new(qualifiers, overQuota, reserves);
    }
}
