using Competition.Domain.Labour;
using Competition.Projections.Contests;

namespace Competition.Projections.Labour;

/// <summary>GET …/scheme and the PUT's answer: the scheme as stored, every block and item with its id, each block's
/// maximum and the highest total a unit can reach (blocks plus the bonus cap, when there is one).</summary>
public sealed record SchemeView(
    Guid CategoryId, IReadOnlyList<SchemeBlockView> Blocks, decimal? BonusCap, SchemeGates Gates, int MinAssessors,
    AggregationView Aggregation, SeasonRule Season, decimal MaxTotal)
{
    public static SchemeView From(Guid categoryId, Scheme scheme) => new(
        categoryId, [.. scheme.Blocks.Select(b => new SchemeBlockView(b.Id, b.Name, b.MaxPoints, b.Items))], scheme.BonusCap, scheme.Gates,
        scheme.MinAssessors,
        new AggregationView { Rule = scheme.Rule, Trim = scheme.Rule == Domain.Scoring.AggregationRule.TrimmedMean ? scheme.Trim : null },
        scheme.Season, scheme.Blocks.Sum(b => b.MaxPoints) + (scheme.BonusCap ?? 0));
}

public sealed record SchemeBlockView(Guid Id, string Name, decimal MaxPoints, IReadOnlyList<SchemeItem> Items);

/// <summary>A round as the contest view lists it.</summary>
public sealed class RoundView
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public RoundStatus Status { get; set; }
}
