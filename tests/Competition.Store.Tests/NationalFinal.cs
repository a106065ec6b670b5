using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;

namespace Competition.Store.Tests;

/// <summary>
/// A realistic contest for the boards: Electrician (theory 30 by mean, practical 70 by trimmed mean with a deduction
/// criterion, awards through public notice and an appeal to confirmation, one entry withdrawn) and Welder (one stage,
/// still marking). Five judges from five organizations, one of them chief; judges never mark their own organization.
/// </summary>
internal sealed class NationalFinal(ContestScript script)
{
    static readonly DateTimeOffset Now = ContestScript.Now;
    static readonly string[] Organizations = ["North Grid", "South Grid", "East Works", "West Works", "Centre Power"];

    public Guid Electrician { get; } = Guid.NewGuid();
    public Guid Welder { get; } = Guid.NewGuid();
    public Guid Theory { get; } = Guid.NewGuid();
    public Guid Practical { get; } = Guid.NewGuid();
    public Guid Seams { get; } = Guid.NewGuid();
    public Guid Quiz { get; } = Guid.NewGuid();
    public Guid Wiring { get; } = Guid.NewGuid();
    public Guid Safety { get; } = Guid.NewGuid();
    public Guid Seam { get; } = Guid.NewGuid();
    public List<Guid> Judges { get; } = [.. Organizations.Select(_ => Guid.NewGuid())];
    public List<Guid> Electricians { get; } = [];
    public List<Guid> Welders { get; } = [];

    Guid C => script.ContestId;

    public async Task SetUpAsync()
    {
        await script.DoAsync(new CreateContest(C, "全国职业技能大赛 National Final", ContestKind.Skills, "zh-CN", "organizer-hash", Now));
        await script.DoAsync(new AddCategory(C, Electrician, "Electrician", EntryType.Individual, Now));
        await script.DoAsync(new AddCategory(C, Welder, "Welder", EntryType.Individual, Now));
        await script.DoAsync(new AddStage(C, Electrician, Theory, "Theory", 30, AggregationRule.Mean, 0, Now));
        await script.DoAsync(new AddStage(C, Electrician, Practical, "Practical", 70, AggregationRule.TrimmedMean, 1, Now));
        await script.DoAsync(new AddStage(C, Welder, Seams, "Seams", 100, AggregationRule.Median, 0, Now));
        await script.DoAsync(new AddCriterion(C, Theory, Quiz, "Written quiz", CriterionKind.Measurement, 100, Now));
        await script.DoAsync(new AddCriterion(C, Practical, Wiring, "Wiring", CriterionKind.Judgement, 10, Now));
        await script.DoAsync(new AddCriterion(C, Practical, Safety, "Safety breach", CriterionKind.Deduction, 5, Now));
        await script.DoAsync(new AddCriterion(C, Seams, Seam, "Seam quality", CriterionKind.Judgement, 20, Now));
        await script.DoAsync(new SetAwardPolicy(C, Electrician, new AwardPolicy([new("Gold", 0.25m), new("Silver", 0.25m)], 0), Now));
        for (var j = 0; j < Judges.Count; j++)
            await script.DoAsync(new AppointJudge(C, Judges[j], $"Judge {j + 1}", Organizations[j],
                j >= 3 ? [Electrician, Welder] : [Electrician], j == 4 ? [Theory, Seams] : null, j == 0, $"judge-hash-{j}", Now));
        await script.DoAsync(new OpenRegistration(C, Now));
        foreach (var org in Organizations.Take(4).Append("Harbour Lines"))
            Electricians.Add(await script.RegisterAsync(Electrician, $"Electrician of {org}", org));
        for (var i = 1; i <= 3; i++) Welders.Add(await script.RegisterAsync(Welder, $"Welder {i}", $"Plant {i}"));
        await script.DoAsync(new CloseRegistration(C, Now));
        await script.DoAsync(new DrawLots(C, Electrician, "2026", Electricians, Now));
        await script.DoAsync(new DrawLots(C, Welder, "lucky seven", Welders, Now));
        foreach (var stage in new[] { Theory, Practical, Seams }) await script.DoAsync(new OpenStage(C, stage, false, Now));
    }

    /// <summary>Every judge marks every entry they may; a later round corrects the marks.</summary>
    public async Task MarkAsync(int round)
    {
        for (var e = 0; e < Electricians.Count; e++)
            foreach (var judge in Judges)
            {
                if (script.Context(judge, Electricians[e], Practical) is { Recused: true } or { OnPanel: false }) continue;
                await script.MarkAsync(judge, Electricians[e], Practical, Wiring, Math.Min(10, 4 + e + round + Judges.IndexOf(judge) % 2));
                if (e == 1) await script.MarkAsync(judge, Electricians[e], Practical, Safety, round);
            }
        for (var e = 0; e < Electricians.Count; e++)
            await script.MarkAsync(Judges[4], Electricians[e], Theory, Quiz, 60 + 7 * e + round);
        for (var w = 0; w < Welders.Count; w++)
            foreach (var judge in Judges.Skip(3))
                await script.MarkAsync(judge, Welders[w], Seams, Seam, 10 + w + round);
    }

    /// <summary>Electrician to the end: a withdrawal, sheets submitted, stages closed, awards proposed, under notice,
    /// appealed, confirmed.</summary>
    public async Task FinishElectricianAsync()
    {
        await script.DoAsync(new WithdrawEntry(Electricians[^1], Now));
        foreach (var entry in Electricians.Take(4))
            foreach (var judge in Judges)
            {
                if (script.Context(judge, entry, Practical) is { Recused: false, OnPanel: true }) await script.SubmitAsync(judge, entry, Practical);
                if (script.Context(judge, entry, Theory) is { Recused: false, OnPanel: true } && judge == Judges[4]) await script.SubmitAsync(judge, entry, Theory);
            }
        await script.DoAsync(new CloseStage(C, Theory, Now));
        await script.DoAsync(new CloseStage(C, Practical, Now));
        var category = script.Active.Category(Electrician)!;
        await script.DoAsync(new ProposeAwards(C, Electrician, script.Ranking(Electrician), category.AwardPolicy, category.AllStagesClosed, Now));
        await script.DoAsync(new OpenNotice(C, Electrician, 7, Now));
        var appeal = Guid.NewGuid();
        await script.DoAsync(new LodgeAppeal(C, Electrician, appeal, Electricians[3], "The wiring mark was too low", Now.AddDays(1)));
        await script.DoAsync(new ResolveAppeal(C, Electrician, appeal, false, "Marks confirmed on review", Now.AddDays(2)));
        await script.DoAsync(new ConfirmAwards(C, Electrician, Now.AddDays(8)));
    }
}
