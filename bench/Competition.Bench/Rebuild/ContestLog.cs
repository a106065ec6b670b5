using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;

namespace Competition.Bench.Rebuild;

/// <summary>
/// One whole skills contest as the write side would have logged it, in log order: set-up, 5 judges per
/// stage panel (recused from their own organization's entries) and a chief, registration with a few
/// rejections, the draw, then per stage every category's sheets marked at once (their events
/// interleaved), with corrections, submissions, a few reopened sheets, withdrawals and a
/// disqualification, and finally proposed, noticed and confirmed awards.
/// </summary>
internal sealed class ContestLog(int seed, int categories, int entriesPerCategory)
{
    const int PanelSize = 5;
    static readonly string[] Organizations = [.. Enumerable.Range(1, 24).Select(i => $"Company {i:00}")];
    readonly Random random = new(seed);
    readonly Guid contest = Guid.NewGuid();
    readonly List<(Guid Stream, object Event)> log = [];
    DateTimeOffset at = new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero).AddDays(seed);

    sealed record Stage(Guid Id, (Guid Id, CriterionKind Kind, decimal Max)[] Criteria, List<(Guid Id, string Org)> Panel);
    sealed record Category(Guid Id, List<Stage> Stages, Guid Chief, List<(Guid Id, string Org)> Entries);

    public List<(Guid Stream, object Event)> Generate()
    {
        Add(contest, new ContestCreated(contest, $"Provincial skills contest {seed}", ContestKind.Skills, "zh-CN", "organizer-hash", Now()));
        var cats = Enumerable.Range(0, categories).Select(SetUp).ToList();
        Add(contest, new RegistrationOpened(contest, Now()));
        foreach (var cat in cats) Register(cat);
        Add(contest, new RegistrationClosed(contest, Now()));
        foreach (var cat in cats) Draw(cat);
        for (var k = 0; k < cats.Max(c => c.Stages.Count); k++) Mark(cats.Where(c => k < c.Stages.Count).Select(c => (c, c.Stages[k])).ToList());
        foreach (var cat in cats) Award(cat);
        return log;
    }

    Category SetUp(int index)
    {
        var id = Guid.NewGuid();
        Add(contest, new CategoryAdded(contest, id, $"Trade {index}", EntryType.Individual, Now()));
        decimal[] weights = random.Next(2) == 0 ? [30, 70] : [20, 30, 50];
        var stages = new List<Stage>();
        foreach (var weight in weights)
        {
            var stage = Guid.NewGuid();
            var rule = (AggregationRule)random.Next(3);
            Add(contest, new StageAdded(contest, id, stage, $"Stage {stages.Count + 1}", weight, rule, rule == AggregationRule.TrimmedMean ? 1 : 0, Now()));
            var criteria = new List<(Guid, CriterionKind, decimal)> { (Guid.NewGuid(), CriterionKind.Judgement, 40), (Guid.NewGuid(), CriterionKind.Judgement, 30) };
            criteria.Add((Guid.NewGuid(), CriterionKind.Measurement, 30));
            if (random.Next(2) == 0) criteria.Add((Guid.NewGuid(), CriterionKind.Deduction, 10));
            foreach (var (cid, kind, max) in criteria)
                Add(contest, new CriterionAdded(contest, id, stage, cid, $"{kind} {cid.ToString()[..4]}", kind, max, Now()));
            stages.Add(new Stage(stage, [.. criteria], []));
        }
        Add(contest, new AwardPolicySet(contest, id, [new AwardTier("Gold", 0.1m), new AwardTier("Silver", 0.2m), new AwardTier("Bronze", 0.3m)], 60, Now()));
        foreach (var stage in stages)
            for (var j = 0; j < PanelSize; j++)
            {
                var judge = (Guid.NewGuid(), Organizations[random.Next(Organizations.Length)]);
                stage.Panel.Add(judge);
                Add(contest, new JudgeAppointed(contest, judge.Item1, $"Judge {judge.Item1.ToString()[..6]}", judge.Item2, [id], [stage.Id], false, "hash", Now()));
            }
        var chief = Guid.NewGuid();
        Add(contest, new JudgeAppointed(contest, chief, "Chief judge", "Union", [id], [], true, "hash", Now()));
        return new Category(id, stages, chief, []);
    }

    void Register(Category cat)
    {
        for (var i = 0; i < entriesPerCategory; i++)
        {
            var entry = (Id: Guid.NewGuid(), Org: Organizations[random.Next(Organizations.Length)]);
            Add(entry.Id, new EntryRegistered(entry.Id, contest, cat.Id, $"Entrant {entry.Id.ToString()[..6]}", entry.Org, [], Now()));
            if (random.Next(20) == 0) Add(entry.Id, new EntryRejected(entry.Id, contest, cat.Id, "Incomplete papers", Now()));
            else
            {
                Add(entry.Id, new EntryApproved(entry.Id, contest, cat.Id, Now()));
                cat.Entries.Add(entry);
            }
        }
    }

    void Draw(Category cat)
    {
        var bibs = cat.Entries.OrderBy(_ => random.Next()).Select((e, i) => new DrawnBib(e.Id, i + 1)).ToList();
        Add(contest, new LotsDrawn(contest, cat.Id, seed.ToString(System.Globalization.CultureInfo.InvariantCulture), bibs, Now()));
        foreach (var bib in bibs) Add(bib.EntryId, new BibDrawn(bib.EntryId, contest, cat.Id, bib.Bib, Now()));
        if (cat.Entries.Count > 10 && random.Next(2) == 0)
        {
            var withdrawn = cat.Entries[random.Next(cat.Entries.Count)];
            Add(withdrawn.Id, new EntryWithdrawn(withdrawn.Id, contest, cat.Id, Now()));
            cat.Entries.Remove(withdrawn);
        }
    }

    /// <summary>All sheets of one stage round, their events merged at random (each sheet's own order kept).</summary>
    void Mark(List<(Category Cat, Stage Stage)> round)
    {
        foreach (var (cat, stage) in round) Add(contest, new StageOpened(contest, cat.Id, stage.Id, Now()));
        var sheets = new List<Queue<(Guid, object)>>();
        foreach (var (cat, stage) in round)
            foreach (var entry in cat.Entries)
                foreach (var judge in stage.Panel.Where(j => j.Org != entry.Org))
                    sheets.Add(new Queue<(Guid, object)>(Sheet(cat, stage, entry.Id, judge.Id)));
        while (sheets.Count > 0)
        {
            var i = random.Next(sheets.Count);
            var (stream, e) = sheets[i].Dequeue();
            Add(stream, e);
            if (sheets[i].Count == 0) { sheets[i] = sheets[^1]; sheets.RemoveAt(sheets.Count - 1); }
        }
        foreach (var (cat, stage) in round) Add(contest, new StageClosed(contest, cat.Id, stage.Id, Now()));
    }

    IEnumerable<(Guid, object)> Sheet(Category cat, Stage stage, Guid entry, Guid judge)
    {
        var sheet = StreamIds.Sheet(judge, entry, stage.Id);
        var marks = new Dictionary<Guid, decimal>();
        foreach (var (criterion, kind, max) in stage.Criteria)
        {
            marks[criterion] = Points(kind, max);
            yield return (sheet, new MarkAwarded(sheet, contest, cat.Id, stage.Id, entry, judge, criterion, marks[criterion], Now()));
        }
        if (random.Next(20) == 0) yield return Correct(cat, stage, entry, judge, marks);
        yield return (sheet, new SheetSubmitted(sheet, contest, cat.Id, stage.Id, entry, judge, Now()));
        if (random.Next(100) != 0) yield break;
        yield return (sheet, new SheetReopened(sheet, contest, cat.Id, stage.Id, entry, judge, "Mark entered on the wrong criterion", cat.Chief, Now()));
        yield return Correct(cat, stage, entry, judge, marks);
        yield return (sheet, new SheetSubmitted(sheet, contest, cat.Id, stage.Id, entry, judge, Now()));
    }

    (Guid, object) Correct(Category cat, Stage stage, Guid entry, Guid judge, Dictionary<Guid, decimal> marks)
    {
        var (criterion, kind, max) = stage.Criteria[random.Next(stage.Criteria.Length)];
        var points = Points(kind, max);
        var sheet = StreamIds.Sheet(judge, entry, stage.Id);
        var corrected = new MarkCorrected(sheet, contest, cat.Id, stage.Id, entry, judge, criterion, points, marks[criterion], Now());
        marks[criterion] = points;
        return (sheet, corrected);
    }

    decimal Points(CriterionKind kind, decimal max) => kind == CriterionKind.Deduction
        ? random.Next(4)
        : Math.Round(max * (0.4m + 0.6m * (decimal)random.NextDouble()) * 2, MidpointRounding.AwayFromZero) / 2;

    void Award(Category cat)
    {
        if (random.Next(4) == 0 && cat.Entries.Count > 1)
        {
            var cheat = cat.Entries[^1];
            Add(cheat.Id, new EntryDisqualified(cheat.Id, contest, cat.Id, "Used a forbidden tool", Now()));
            cat.Entries.Remove(cheat);
        }
        var awards = StreamIds.Awards(cat.Id);
        var podium = cat.Entries.Take(Math.Max(1, cat.Entries.Count * 6 / 10))
            .Select((e, i) => new ProposedAward(e.Id, i < 3 ? "Gold" : i < 9 ? "Silver" : "Bronze", i + 1, 95 - i)).ToList();
        Add(awards, new AwardsProposed(awards, contest, cat.Id, podium, Now()));
        Add(awards, new NoticeOpened(awards, contest, cat.Id, 7, at.AddDays(7), Now()));
        Add(awards, new AwardsConfirmed(awards, contest, cat.Id, podium, at.AddDays(8)));
    }

    void Add(Guid stream, object e) => log.Add((stream, e));

    DateTimeOffset Now() => at = at.AddSeconds(random.Next(1, 20));
}
