namespace Competition.Domain.Scoring;

/// <summary>A tier's share is a fraction of the entries reaching the minimum score (0.1 = 10%).</summary>
public sealed record AwardTier(string Name, decimal Share);

public sealed record AwardPolicy(IReadOnlyList<AwardTier> Tiers, decimal MinimumScore)
{
    /// <summary>Field errors, empty when the policy is usable.</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Tiers is null || Tiers.Count == 0)
            errors["tiers"] = ["An award policy needs at least one tier"];
        else
        {
            var problems = new List<string>();
            if (Tiers.Any(t => string.IsNullOrWhiteSpace(t.Name))) problems.Add("Every tier needs a name");
            if (Tiers.Where(t => !string.IsNullOrWhiteSpace(t.Name)).GroupBy(t => t.Name.Trim()).Any(g => g.Count() > 1))
                problems.Add("Tier names must be different");
            if (Tiers.Any(t => t.Share <= 0 || t.Share > 1)) problems.Add("Each tier's share must be above 0 and at most 1 (0.1 is 10%)");
            else if (Tiers.Sum(t => t.Share) > 1) problems.Add($"Tier shares add up to {Tiers.Sum(t => t.Share)}, they may add up to at most 1");
            if (problems.Count > 0) errors["tiers"] = [.. problems];
        }
        if (MinimumScore < 0 || MinimumScore > 100)
            errors["minimumScore"] = ["The minimum score must be between 0 and 100"];
        return errors;
    }
}
