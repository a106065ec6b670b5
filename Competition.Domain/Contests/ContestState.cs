using System.Collections.Immutable;
using Competition.Domain.Promotion;
using Competition.Domain.Scoring;

namespace Competition.Domain.Contests;

public abstract record ContestState
{
    public sealed record Nonexistent : ContestState;

    /// <summary>Categories and their stages keep definition order (it breaks ties between equal weights).</summary>
    public sealed record Active(
        Guid Id, string Name, ContestKind Kind, bool RegistrationOpen,
        ImmutableList<CategoryState> Categories, ImmutableDictionary<Guid, JudgeState> Judges) : ContestState
    {
        public CategoryState? Category(Guid categoryId) => Categories.Find(c => c.Id == categoryId);

        /// <summary>Where the contest stands on the ladder, and the contest one level up it selects for.</summary>
        public ContestLevel? Level { get; init; }
        public Guid? ParentId { get; init; }

        /// <summary>How organizations are ranked across the contest's categories (团体总分); none until set.</summary>
        public TeamStandingsRule? TeamStandings { get; init; }

        /// <summary>A points contest's season is over (<see cref="ContestFinished"/>): no more grants, standings final.</summary>
        public bool Finished { get; init; }

        public StageState? Stage(Guid stageId) =>
            Categories.SelectMany(c => c.Stages).FirstOrDefault(s => s.Id == stageId);

        public CategoryState? CategoryOfStage(Guid stageId) => Categories.Find(c => c.Stages.Any(s => s.Id == stageId));

        public Labour.RoundState? Round(Guid roundId) => Categories.SelectMany(c => c.Rounds).FirstOrDefault(r => r.Id == roundId);

        /// <summary>A labour category's assessors: the judges appointed to it.</summary>
        public IEnumerable<JudgeState> Assessors(Guid categoryId) => Judges.Values.Where(j => j.CategoryIds.Contains(categoryId));

        public CategoryState? CategoryOfRound(Guid roundId) => Categories.Find(c => c.Rounds.Any(r => r.Id == roundId));

        public JudgeState? Judge(Guid judgeId) => Judges.GetValueOrDefault(judgeId);

        public bool SitsOnPanel(Guid judgeId, Guid stageId) =>
            Judge(judgeId) is { } judge && CategoryOfStage(stageId) is { } category && judge.SitsOn(category.Id, stageId);

        /// <summary>The judges on a stage's panel, in no particular order.</summary>
        public IReadOnlyList<JudgeState> Panel(Guid stageId) =>
            CategoryOfStage(stageId) is { } category
                ? Judges.Values.Where(j => j.SitsOn(category.Id, stageId)).ToList()
                : [];

        /// <summary>The category as plain scoring data.</summary>
        public CategoryDefinition? Definition(Guid categoryId) => Category(categoryId)?.Definition();
    }
}

public sealed record CategoryState(
    Guid Id, string Name, EntryType EntryType, ImmutableList<StageState> Stages, AwardPolicy? AwardPolicy,
    LotsDrawn? Draw)
{
    public bool Drawn => Draw is not null;
    public decimal TotalWeight => Stages.Sum(s => s.Weight);
    public BoardVisibility Board { get; init; }
    public bool Hidden => Board == BoardVisibility.Hidden;
    public bool AllStagesClosed => Stages.Count > 0 && Stages.All(s => s.Status == StageStatus.Closed);
    public CategoryDefinition Definition() => new([.. Stages.Select(s => s.Definition())]);

    /// <summary>A labour category's indicator scheme and its rounds (assessment periods), in the order they were added.</summary>
    public Labour.Scheme? Scheme { get; init; }
    public ImmutableList<Labour.RoundState> Rounds { get; init; } = [];
    public bool AllRoundsPublished => Rounds.Count > 0 && Rounds.All(r => r.Status == Labour.RoundStatus.Published);
    /// <summary>A points contest's reasons table (积分事由), in the order added.</summary>
    public ImmutableList<ReasonState> Reasons { get; init; } = [];
    public ReasonState? Reason(string code) => Reasons.Find(r => ReasonState.SameCode(r.Code, code));
    /// <summary>How the category selects for its parent contest's category; none until set.</summary>
    public PromotionRule? Promotion { get; init; }
    /// <summary>The rules that turn the confirmed result into titles and grade recommendations (荣誉); none until set.</summary>
    public ImmutableList<Awards.HonourRule> HonourRules { get; init; } = [];
}

/// <summary>A reason points are granted for; <paramref name="Points"/> negative for a deduction, which is never capped.</summary>
public sealed record ReasonState(Guid Id, string Code, string Name, decimal Points, decimal? CapPerEntry)
{
    /// <summary>Codes are compared trimmed and in any letter case: "A1" and "a1" are one reason to whoever types them.</summary>
    public static bool SameCode(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}

public sealed record StageState(
    Guid Id, Guid CategoryId, string Name, decimal Weight, AggregationRule Rule, int Trim, StageStatus Status,
    ImmutableList<CriterionState> Criteria)
{
    public bool IsOpen => Status == StageStatus.Open;
    public decimal MaxPoints => Definition().MaxPoints;
    public CriterionState? Criterion(Guid criterionId) => Criteria.Find(c => c.Id == criterionId);

    /// <summary>Marked under work codes; see <see cref="WorkCodesDrawn"/>.</summary>
    public bool Blind { get; init; }
    public WorkCodesDrawn? WorkCodes { get; init; }
    public bool CodesOpened { get; init; }

    /// <summary>Whose work a code is stays secret: blind and not yet opened (解密).</summary>
    public bool HidesEntries => Blind && !CodesOpened;

    /// <summary>The entry a judge of this stage addresses by <paramref name="id"/>: an alias of its work codes, or
    /// (unless the stage hides its entries from judges) the entry's own id.</summary>
    public Guid? EntryAddressed(Guid id, bool byJudge)
    {
        if (WorkCodes?.Codes.FirstOrDefault(c => c.Alias == id) is { } code) return code.EntryId;
        return byJudge && HidesEntries ? null : id;
    }
    public StageDefinition Definition() =>
        new(Id, Weight, Rule, Trim, [.. Criteria.Select(c => new CriterionDefinition(c.Id, c.Kind, c.MaxPoints))]);
}

public sealed record CriterionState(Guid Id, string Name, CriterionKind Kind, decimal MaxPoints);

/// <summary>An empty <see cref="StageIds"/> puts the judge on every stage of their categories.</summary>
public sealed record JudgeState(
    Guid Id, string Name, string Organization, IReadOnlyList<Guid> CategoryIds, IReadOnlyList<Guid> StageIds, bool Chief)
{
    public bool SitsOn(Guid categoryId, Guid stageId) =>
        CategoryIds.Contains(categoryId) && (StageIds.Count == 0 || StageIds.Contains(stageId));

    /// <summary>Judges never mark entries of their own organization.</summary>
    public bool IsRecusedFrom(string entryOrganization) => Organizations.Same(Organization, entryOrganization);
}
