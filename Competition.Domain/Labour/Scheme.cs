using System.Text.Json.Serialization;
using Competition.Domain.Scoring;

namespace Competition.Domain.Labour;

[JsonConverter(typeof(CamelCaseEnumConverter<ItemKind>))]
public enum ItemKind { Points, Deduction, Bonus, Veto }

/// <summary>How the season standings add up the published rounds.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SeasonRule>))]
public enum SeasonRule { Sum, Mean }

[JsonConverter(typeof(CamelCaseEnumConverter<RoundStatus>))]
public enum RoundStatus { Planned, Open, Frozen, Published }

/// <summary>One indicator of a block. <paramref name="PerOccurrence"/> only on a deduction: its value is then a count
/// of occurrences, each deducting that much, up to <paramref name="MaxPoints"/>.</summary>
public sealed record SchemeItem(Guid Id, string Name, ItemKind Kind, decimal? MaxPoints = null, decimal? PerOccurrence = null)
{
    /// <summary>How many occurrences a per-occurrence deduction may be given: a count, not points.</summary>
    public const int MaxOccurrences = 1000;

    public bool Counted => Kind == ItemKind.Deduction && PerOccurrence is not null;

    /// <summary>What one assessor's (or the self-assessment's) value takes away or adds, before aggregation's clamps.</summary>
    public decimal Points(decimal value) => Counted ? Math.Min(MaxPoints ?? 0, value * PerOccurrence!.Value) : value;

    /// <summary>The largest value an assessor may give.</summary>
    public decimal MaxValue => Counted ? MaxOccurrences : MaxPoints ?? 0;
}

public sealed record SchemeBlock(Guid Id, string Name, IReadOnlyList<SchemeItem> Items)
{
    /// <summary>Σ maxPoints of the block's points items: deductions only take away, bonuses count outside the blocks.</summary>
    public decimal MaxPoints => Items.Where(i => i.Kind == ItemKind.Points).Sum(i => i.MaxPoints ?? 0);
}

/// <summary>A unit is ranked only when every block reaches <paramref name="BlockShare"/> of its maximum and its
/// self-assessed total reaches <paramref name="SelfTotal"/> (each when set).</summary>
public sealed record SchemeGates(decimal? BlockShare = null, decimal? SelfTotal = null);

/// <summary>A labour category's indicator scheme (考核指标体系).</summary>
public sealed record Scheme(
    IReadOnlyList<SchemeBlock> Blocks, decimal? BonusCap, SchemeGates Gates, int MinAssessors,
    AggregationRule Rule, int Trim, SeasonRule Season)
{
    public IEnumerable<SchemeItem> Items => Blocks.SelectMany(b => b.Items);

    public SchemeItem? Item(Guid itemId) => Items.FirstOrDefault(i => i.Id == itemId);

    /// <summary>Items an assessor or a self-assessment gives a value: every kind but veto.</summary>
    public IEnumerable<SchemeItem> Marked => Items.Where(i => i.Kind != ItemKind.Veto);
}
