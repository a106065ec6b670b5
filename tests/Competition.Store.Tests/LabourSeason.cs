using Competition.Domain.Contests;
using Competition.Domain.Labour;
using Competition.Domain.Scoring;

namespace Competition.Store.Tests;

/// <summary>A 安康杯 season for the boards: a scheme with a counted deduction, a bonus cap and a veto item, four units, three
/// assessors (one recused from a unit of its own company), two rounds assessed, self-assessed, one unit vetoed, both
/// published; a third round still open.</summary>
internal sealed class LabourSeason(ContestScript script)
{
    static readonly DateTimeOffset Now = ContestScript.Now;
    public Guid Teams { get; } = Guid.NewGuid();
    readonly Guid safety = Guid.NewGuid(), rules = Guid.NewGuid(), hazards = Guid.NewGuid(), accident = Guid.NewGuid(), innovation = Guid.NewGuid();
    readonly List<Guid> assessors = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    readonly List<Guid> units = [];
    public List<Guid> Rounds { get; } = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    Guid C => script.ContestId;

    public async Task RunAsync()
    {
        await script.DoAsync(new CreateContest(C, "安康杯 2026", ContestKind.Labour, "zh-CN", "organizer-hash", Now));
        await script.DoAsync(new AddCategory(C, Teams, "项目部", EntryType.Team, Now));
        await script.DoAsync(new SetScheme(C, Teams, new Scheme(
        [
            new SchemeBlock(safety, "安全管理",
            [
                new SchemeItem(rules, "制度落实", ItemKind.Points, 30), new SchemeItem(hazards, "隐患", ItemKind.Deduction, 10, 2),
                new SchemeItem(accident, "重大事故", ItemKind.Veto), new SchemeItem(innovation, "创新", ItemKind.Bonus, 15),
            ]),
        ], 10, new SchemeGates(0.5m), 2, AggregationRule.Mean, 0, SeasonRule.Sum), Now));
        string[] companies = ["建工集团", "路桥公司", "安装公司", "市政公司"];
        for (var a = 0; a < assessors.Count; a++)
            await script.DoAsync(new AppointJudge(C, assessors[a], $"考核员{a + 1}", a == 0 ? companies[0] : $"监督站{a}", [Teams], null, a == 1, $"assessor-{a}", Now));
        await script.DoAsync(new OpenRegistration(C, Now));
        foreach (var company in companies) units.Add(await script.RegisterAsync(Teams, $"{company}项目部", company));
        for (var r = 0; r < Rounds.Count; r++)
            await script.DoAsync(new AddRound(C, Teams, Rounds[r], $"{r + 1}月", new DateOnly(2026, r + 1, 1), new DateOnly(2026, r + 1, 28), Now));
        for (var r = 0; r < Rounds.Count; r++)
        {
            var round = Rounds[r];
            await script.DoAsync(new OpenRound(C, round, Now));
            for (var u = 0; u < units.Count; u++)
            {
                foreach (var assessor in assessors)
                {
                    if (script.Context(assessor, units[u], round) is { Recused: true }) continue;
                    await script.MarkAsync(assessor, units[u], round, rules, 18 + (u * 3 + r * 5 + assessors.IndexOf(assessor)) % 12);
                    await script.MarkAsync(assessor, units[u], round, hazards, (u + r) % 7);
                    await script.MarkAsync(assessor, units[u], round, innovation, (u * 4 + r) % 16);
                    if (r < 2) await script.SubmitAsync(assessor, units[u], round);
                }
                await script.DoAsync(new AssessSelf(C, round, script.Unit(units[u]), new Dictionary<Guid, decimal> { [rules] = 28, [hazards] = 1 }, Now));
            }
            if (r == 1) await script.DoAsync(new VetoUnit(C, round, script.Unit(units[2]), accident, "发生一般事故", Now));
            if (r == 2) break;
            await script.DoAsync(new FreezeRound(C, round, Now));
            await script.DoAsync(new PublishRound(C, round, [.. units.Select(script.Unit)], script.RoundSheets(round), Now));
        }
    }
}
