namespace Competition.Domain.Tests;

/// <summary>A contest from creation to confirmed awards, driven only through the deciders and the
/// scoring functions, the way the API composes them.</summary>
public class Walkthrough
{
    readonly DateTimeOffset now = World.Now;
    ContestState contest = ContestDecider.Initial;
    readonly Dictionary<Guid, EntryState> entries = [];
    readonly Dictionary<Guid, SheetState> sheets = [];
    readonly List<object> sheetEvents = [];

    void Do(ContestCommand c)
    {
        foreach (var e in ContestDecider.Decide(c, contest)) contest = ContestDecider.Evolve(contest, e);
    }

    void Do(EntryCommand c)
    {
        var state = entries.GetValueOrDefault(c.EntryId, EntryDecider.Initial);
        foreach (var e in EntryDecider.Decide(c, state)) state = EntryDecider.Evolve(state, e);
        entries[c.EntryId] = state;
    }

    void Mark(Guid judge, Guid entry, Guid stage, Guid criterion, decimal points)
    {
        var context = SheetContext.From(contest, entries[entry], judge, stage);
        var state = sheets.GetValueOrDefault(context.SheetId, SheetDecider.Initial);
        foreach (var e in SheetDecider.Decide(new AwardMark(context, criterion, points, now), state))
        {
            state = SheetDecider.Evolve(state, e);
            sheetEvents.Add(e);
        }
        sheets[context.SheetId] = state;
    }

    [Fact]
    public void From_set_up_to_confirmed_awards()
    {
        Guid c = World.Contest, cat = World.Electrician, theory = World.Theory, practical = World.Practical;
        Guid quiz = World.Quiz, wiring = World.Wiring;
        Do(new CreateContest(c, "Provincial Skills", ContestKind.Skills, "en", "h", now));
        Do(new AddCategory(c, cat, "Electrician", EntryType.Individual, now));
        Do(new AddStage(c, cat, theory, "Theory", 30, AggregationRule.Mean, 0, now));
        Do(new AddStage(c, cat, practical, "Practical", 70, AggregationRule.TrimmedMean, 1, now));
        Do(new AddCriterion(c, theory, quiz, "Quiz", CriterionKind.Measurement, 100, now));
        Do(new AddCriterion(c, practical, wiring, "Wiring", CriterionKind.Judgement, 10, now));
        Do(new SetAwardPolicy(c, cat, new AwardPolicy([new("Gold", 0.25m), new("Silver", 0.25m)], 60), now));
        string[] organizations = ["North", "South", "East", "West", "Centre"];
        var judges = organizations.Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < judges.Count; i++)
            Do(new AppointJudge(c, judges[i], $"Judge {i}", organizations[i], [cat], null, i == 0, $"h{i}", now));
        Do(new OpenRegistration(c, now));

        var entryIds = organizations.Take(4).Select(_ => Guid.NewGuid()).ToList();
        for (var i = 0; i < entryIds.Count; i++)
        {
            Do(new RegisterEntry(entryIds[i], c, cat, $"Entry {i}", organizations[i], null, RegistrationContext.From(contest, cat), now));
            Do(new ApproveEntry(entryIds[i], now));
        }
        Do(new CloseRegistration(c, now));
        Do(new DrawLots(c, cat, "2026", entryIds, now));
        var draw = ((ContestState.Active)contest).Category(cat)!.Draw!;
        foreach (var bib in draw.Bibs) Do(new AssignBib(bib.EntryId, bib.Bib, now));
        Do(new OpenStage(c, theory, false, now));
        Do(new OpenStage(c, practical, false, now));

        decimal[] quizScores = [90, 80, 80, 50];
        decimal[] wiringScores = [9, 8, 8, 5];
        for (var i = 0; i < entryIds.Count; i++)
            foreach (var judge in judges)
            {
                var context = SheetContext.From(contest, entries[entryIds[i]], judge, practical);
                if (context.Recused) continue; // the judge of the entry's own organization stays away
                Mark(judge, entryIds[i], practical, wiring, wiringScores[i]);
                if (judge == judges[4]) Mark(judge, entryIds[i], theory, quiz, quizScores[i]);
            }
        Do(new CloseStage(c, theory, now));
        Do(new CloseStage(c, practical, now));

        var active = (ContestState.Active)contest;
        var definition = active.Definition(cat)!;
        var marks = sheetEvents.OfType<MarkAwarded>().GroupBy(m => m.EntryId);
        var rows = marks.Select(g =>
        {
            var score = Scorer.Score(definition, g.Select(m => new Mark(m.JudgeId, m.StageId, m.CriterionId, m.Points)));
            return new RankingRow(g.Key, score.Total, score.StageScores);
        });
        var ranking = Ranking.Rank(rows, definition);
        ranking.Select(r => (r.Rank, r.Total)).ShouldBe([(1, 90m), (2, 80m), (2, 80m), (4, 50m)]);

        var awards = AwardsDecider.Initial;
        void Award(AwardsCommand command)
        {
            foreach (var e in AwardsDecider.Decide(command, awards)) awards = AwardsDecider.Evolve(awards, e);
        }
        var category = active.Category(cat)!;
        Award(new ProposeAwards(c, cat, ranking, category.AwardPolicy, category.AllStagesClosed, now));
        Award(new OpenNotice(c, cat, 7, now));
        Award(new ConfirmAwards(c, cat, now.AddDays(7)));

        var confirmed = awards.ShouldBeOfType<AwardsState.Confirmed>();
        // N = 3 reach 60: gold round(0.75) = 1; silver 1 + round(0.75) = 2, and the tie at 80 joins it.
        confirmed.Awards.Select(a => (a.EntryId, a.Tier)).ShouldBe(
            [(entryIds[0], "Gold"), (ranking[1].EntryId, "Silver"), (ranking[2].EntryId, "Silver")]);
        Should.Throw<RuleViolation>(() => ContestDecider.Decide(new OpenStage(c, theory, AwardsConfirmed: true, now), contest));
    }
}
