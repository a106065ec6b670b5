using System.Text.Json.Serialization;

namespace Competition.Domain.Scoring;

/// <summary>
/// A tier's size is either a <paramref name="Share"/> of the entries reaching the minimum score
/// (0.1 = 10%) or a fixed <paramref name="Count"/> of positions. Count came later: policies stored
/// before it have only a share and read unchanged, and null sides are left out of the JSON so a
/// share tier is written exactly as it always was.
/// </summary>
public sealed record AwardTier(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Share = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null);

public sealed record AwardPolicy(IReadOnlyList<AwardTier> Tiers, decimal MinimumScore)
{
    public const int MaxCount = 10_000;

    /// <summary>Field errors, empty when the policy is usable.</summary>
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Tiers is null || Tiers.Count == 0)
            errors["tiers"] = ["An award policy needs at least one tier"];
        else if (TierProblems(Tiers) is { Count: > 0 } problems)
            errors["tiers"] = [.. problems];
        if (MinimumScore < 0 || MinimumScore > 100)
            errors["minimumScore"] = ["The minimum score must be between 0 and 100"];
        return errors;
    }

    // Never rescaled or guessed at: a mixed list or a share above 1 (20 meant as 20%) once gave
    // Gold 0.5%, so anything but all shares or all counts, each in range, is refused.
    static List<string> TierProblems(IReadOnlyList<AwardTier> tiers)
    {
        var problems = new List<string>();
        if (tiers.Any(t => string.IsNullOrWhiteSpace(t.Name))) problems.Add("Every tier needs a name");
        if (tiers.Where(t => !string.IsNullOrWhiteSpace(t.Name)).GroupBy(t => t.Name.Trim()).Any(g => g.Count() > 1))
            problems.Add("Tier names must be different");
        if (tiers.Any(t => t.Share is not null && t.Count is not null))
            problems.Add("A tier has either a share or a count, not both");
        if (tiers.Any(t => t.Share is null && t.Count is null))
            problems.Add("Every tier needs a share (0.1 is 10%) or a count of positions");
        var shares = tiers.Where(t => t.Count is null).Select(t => t.Share).OfType<decimal>().ToList();
        var counts = tiers.Where(t => t.Share is null).Select(t => t.Count).OfType<int>().ToList();
        if (shares.Count > 0 && counts.Count > 0)
            problems.Add("Use either shares or counts for all tiers, not a mix of both");
        else if (shares.Any(s => s <= 0 || s > 1))
            problems.Add("Each tier's share must be above 0 and at most 1 (0.1 is 10%)");
        else if (shares.Sum() > 1)
            problems.Add($"Tier shares add up to {shares.Sum()}, they may add up to at most 1");
        else if (counts.Any(c => c < 1 || c > MaxCount))
            problems.Add($"Each tier's count must be a whole number from 1 to {MaxCount}");
        return problems;
    }
}
