namespace Competition.Domain.Tests;

/// <summary>One contest used across specs: category Electrician, theory 30 (mean) and practical 70
/// (trimmed mean, trim 1), judges from three organizations, a chief judge.</summary>
public static class World
{
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly Guid Contest = Guid.Parse("00000000-0000-0000-0000-00000000c001");
    public static readonly Guid Electrician = Guid.Parse("00000000-0000-0000-0000-0000000ca701");
    public static readonly Guid Welder = Guid.Parse("00000000-0000-0000-0000-0000000ca702");
    public static readonly Guid Theory = Guid.Parse("00000000-0000-0000-0000-00000005a001");
    public static readonly Guid Practical = Guid.Parse("00000000-0000-0000-0000-00000005a002");
    public static readonly Guid WelderStage = Guid.Parse("00000000-0000-0000-0000-00000005a003");
    public static readonly Guid Quiz = Guid.Parse("00000000-0000-0000-0000-0000000c0001");
    public static readonly Guid Wiring = Guid.Parse("00000000-0000-0000-0000-0000000c0002");
    public static readonly Guid Safety = Guid.Parse("00000000-0000-0000-0000-0000000c0003");
    public static readonly Guid Seam = Guid.Parse("00000000-0000-0000-0000-0000000c0004");
    public static readonly Guid JudgeA = Guid.Parse("00000000-0000-0000-0000-00000000d001");
    public static readonly Guid JudgeB = Guid.Parse("00000000-0000-0000-0000-00000000d002");
    public static readonly Guid Chief = Guid.Parse("00000000-0000-0000-0000-00000000d003");
    public static readonly Guid TheoryOnly = Guid.Parse("00000000-0000-0000-0000-00000000d004");
    public static readonly Guid Entry = Guid.Parse("00000000-0000-0000-0000-00000000e001");

    public const string NorthGrid = "North Grid";
    public const string SouthGrid = "South Grid";
    public const string EastWorks = "East Works";

    public static ContestCreated Created => new(Contest, "Provincial Skills 2026", ContestKind.Skills, "zh-CN", "organizer-hash", Now);
    public static CategoryAdded ElectricianAdded => new(Contest, Electrician, "Electrician", EntryType.Individual, Now);
    public static CategoryAdded WelderAdded => new(Contest, Welder, "Welder", EntryType.Team, Now);
    public static StageAdded TheoryAdded => new(Contest, Electrician, Theory, "Theory", 30, AggregationRule.Mean, 0, Now);
    public static StageAdded PracticalAdded => new(Contest, Electrician, Practical, "Practical", 70, AggregationRule.TrimmedMean, 1, Now);
    public static CriterionAdded QuizAdded => new(Contest, Electrician, Theory, Quiz, "Written quiz", CriterionKind.Measurement, 100, Now);
    public static CriterionAdded WiringAdded => new(Contest, Electrician, Practical, Wiring, "Wiring", CriterionKind.Judgement, 10, Now);
    public static CriterionAdded SafetyAdded => new(Contest, Electrician, Practical, Safety, "Safety breach", CriterionKind.Deduction, 5, Now);

    public static JudgeAppointed Appointed(Guid judge, string organization, bool chief = false, params Guid[] stages) =>
        new(Contest, judge, $"Judge {judge.ToString()[^2..]}", organization, [Electrician], stages, chief, $"hash-{judge}", Now);

    /// <summary>Contest set up and ready for its stages to open.</summary>
    public static object[] Defined =>
    [
        Created, ElectricianAdded, TheoryAdded, PracticalAdded, QuizAdded, WiringAdded, SafetyAdded,
        Appointed(JudgeA, NorthGrid), Appointed(JudgeB, SouthGrid), Appointed(Chief, EastWorks, chief: true),
        Appointed(TheoryOnly, EastWorks, false, Theory),
    ];

    public static object[] With(this object[] events, params object[] more) => [.. events, .. more];

    public static Spec<ContestCommand, ContestState> ContestSpec() =>
        new(ContestDecider.Decide, ContestDecider.Evolve, ContestDecider.Initial);

    public static ContestState.Active ContestAfter(params object[] events) =>
        (ContestState.Active)events.Aggregate(ContestDecider.Initial, ContestDecider.Evolve);
}
