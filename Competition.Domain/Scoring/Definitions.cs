namespace Competition.Domain.Scoring;

/// <summary>What scoring needs to know about a category, as plain data.</summary>
public sealed record CategoryDefinition(IReadOnlyList<StageDefinition> Stages);

public sealed record StageDefinition(
    Guid Id, decimal Weight, AggregationRule Rule, int Trim, IReadOnlyList<CriterionDefinition> Criteria)
{
    /// <summary>Sum of maxPoints of judgement and measurement criteria; deductions only take away.</summary>
    public decimal MaxPoints => Criteria.Where(c => c.Kind != CriterionKind.Deduction).Sum(c => c.MaxPoints);
}

/// <summary><see cref="Occurrences"/>: a labour scheme's per-occurrence deduction, given as a whole count up to <see cref="MaxPoints"/>.</summary>
public sealed record CriterionDefinition(Guid Id, CriterionKind Kind, decimal MaxPoints)
{
    public bool Occurrences { get; init; }
}

/// <summary>One judge's mark for one criterion of one entry.</summary>
public sealed record Mark(Guid JudgeId, Guid StageId, Guid CriterionId, decimal Points);
