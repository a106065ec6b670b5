using Competition.Domain.Labour;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Labour;

/// <summary>A 安康杯-style labour contest: one category of project teams, a safety scheme, monthly rounds.</summary>
public static class LabourWorld
{
    public static readonly Guid Teams = Guid.Parse("00000000-0000-0000-0000-0000000ca801");
    public static readonly Guid Safety = Guid.Parse("00000000-0000-0000-0000-0000000b1001");
    public static readonly Guid Site = Guid.Parse("00000000-0000-0000-0000-0000000b1002");
    public static readonly Guid Rules = Guid.Parse("00000000-0000-0000-0000-0000000a1001");
    public static readonly Guid Hazards = Guid.Parse("00000000-0000-0000-0000-0000000a1002");
    public static readonly Guid Tidy = Guid.Parse("00000000-0000-0000-0000-0000000a1003");
    public static readonly Guid Innovation = Guid.Parse("00000000-0000-0000-0000-0000000a1004");
    public static readonly Guid Accident = Guid.Parse("00000000-0000-0000-0000-0000000a1005");
    public static readonly Guid January = Guid.Parse("00000000-0000-0000-0000-0000000f0001");
    public static readonly Guid February = Guid.Parse("00000000-0000-0000-0000-0000000f0002");
    public static readonly Guid March = Guid.Parse("00000000-0000-0000-0000-0000000f0003");
    public static readonly Guid UnitA = Guid.Parse("00000000-0000-0000-0000-00000000e0a1");
    public static readonly Guid UnitB = Guid.Parse("00000000-0000-0000-0000-00000000e0a2");
    public static readonly Guid UnitC = Guid.Parse("00000000-0000-0000-0000-00000000e0a3");

    /// <summary>安全管理 (rules 30, hazards −2 each up to 10), 文明施工 (tidy 20), 创新 bonus up to 15, capped at 10; a veto.</summary>
    public static Scheme SafetyScheme(decimal? blockShare = null, int minAssessors = 1) => new(
        [
            new SchemeBlock(Safety, "安全管理", [
                new SchemeItem(Rules, "制度落实", ItemKind.Points, 30),
                new SchemeItem(Hazards, "隐患", ItemKind.Deduction, 10, PerOccurrence: 2),
                new SchemeItem(Accident, "重大事故", ItemKind.Veto),
            ]),
            new SchemeBlock(Site, "文明施工", [
                new SchemeItem(Tidy, "现场整洁", ItemKind.Points, 20),
                new SchemeItem(Innovation, "创新", ItemKind.Bonus, 15),
            ]),
        ],
        BonusCap: 10, new SchemeGates(blockShare), minAssessors, Domain.Scoring.AggregationRule.Mean, 0, SeasonRule.Sum);

    public static ContestCreated LabourCreated => new(Contest, "安康杯 2026", ContestKind.Labour, "zh-CN", "organizer-hash", Now);
    public static CategoryAdded TeamsAdded => new(Contest, Teams, "项目部", EntryType.Team, Now);
    public static SchemeSet SchemeSet(Scheme? scheme = null) => new(Contest, Teams, scheme ?? SafetyScheme(), Now);

    public static RoundAdded RoundAdded(Guid round, int month) =>
        new(Contest, Teams, round, $"{month}月", new DateOnly(2026, month, 1), new DateOnly(2026, month, 1).AddMonths(1).AddDays(-1), Now);

    public static JudgeAppointed Assessor(Guid judge, string organization) =>
        new(Contest, judge, $"Assessor {judge.ToString()[^2..]}", organization, [Teams], [], false, $"hash-{judge}", Now);

    public static UnitFacts Unit(Guid id, bool approved = true) => new(id, Teams, $"Unit {id.ToString()[^2..]}", approved);

    public static object[] Defined(params object[] more) =>
        [LabourCreated, TeamsAdded, SchemeSet(), RoundAdded(January, 1), RoundAdded(February, 2), RoundAdded(March, 3), .. more];

}
