using Competition.Domain.Labour;
using static Competition.Domain.Tests.World;
using static Competition.Domain.Tests.Labour.LabourWorld;

namespace Competition.Domain.Tests.Labour;

public class RoundLifecycleSpecs
{
    static RoundOpened Opened(Guid round) => new(Contest, Teams, round, Now);
    static RoundFrozen Frozen(Guid round) => new(Contest, Teams, round, Now);

    [Fact]
    public void A_round_opens_once_its_category_has_a_scheme() =>
        ContestSpec().Given(Defined()).When(new OpenRound(Contest, January, Now)).Then(Opened(January));

    [Fact]
    public void A_round_does_not_open_without_a_scheme() =>
        ContestSpec().Given(LabourCreated, TeamsAdded, RoundAdded(January, 1)).When(new OpenRound(Contest, January, Now))
            .ThenFails<RuleViolation>("has no scheme yet");

    [Fact]
    public void A_second_open_round_of_the_category_is_refused() =>
        ContestSpec().Given(Defined(Opened(January))).When(new OpenRound(Contest, February, Now))
            .ThenFails<RuleViolation>("Round 1月 of category 项目部 is open; one round of a category is open at a time");

    [Fact]
    public void Overlapping_rounds_are_refused_and_adjacent_ones_are_not()
    {
        ContestSpec().Given(Defined()).When(new AddRound(Contest, Teams, Guid.NewGuid(), "春季", new(2026, 3, 31), new(2026, 4, 30), Now))
            .ThenFails<RuleViolation>("Round 3月 of category 项目部 runs from 2026-03-01 to 2026-03-31; rounds may not overlap");
        var april = Guid.NewGuid();
        ContestSpec().Given(Defined()).When(new AddRound(Contest, Teams, april, "4月", new(2026, 4, 1), new(2026, 4, 30), Now))
            .Then(new RoundAdded(Contest, Teams, april, "4月", new(2026, 4, 1), new(2026, 4, 30), Now));
    }

    [Fact]
    public void A_round_ending_before_it_starts_is_invalid() =>
        ContestSpec().Given(Defined()).When(new AddRound(Contest, Teams, Guid.NewGuid(), "倒", new(2026, 5, 2), new(2026, 5, 1), Now))
            .ThenFails<InvalidCommand>("endsOn must not be before startsOn");

    [Fact]
    public void The_scheme_cannot_change_once_a_round_of_the_category_opened()
    {
        ContestSpec().Given(Defined()).When(new SetScheme(Contest, Teams, SafetyScheme(0.8m), Now)).Then(SchemeSet(SafetyScheme(0.8m)));
        ContestSpec().Given(Defined(Opened(January), Frozen(January))).When(new SetScheme(Contest, Teams, SafetyScheme(0.8m), Now))
            .ThenFails<RuleViolation>("Round 1月 of category 项目部 has opened; the scheme can no longer change");
    }

    [Fact]
    public void A_skills_contest_has_no_schemes() =>
        ContestSpec().Given(Created, new CategoryAdded(Contest, Teams, "项目部", EntryType.Team, Now)).When(new SetScheme(Contest, Teams, SafetyScheme(), Now))
            .ThenFails<RuleViolation>("Only a labour contest");

    [Fact]
    public void Scheme_rules_are_reported_by_field()
    {
        var bad = new Scheme(
            [
                new SchemeBlock(LabourWorld.Safety, "安全", [new SchemeItem(Hazards, "隐患", ItemKind.Deduction, 10, 2)]),
                new SchemeBlock(Site, "现场", [
                    new SchemeItem(Tidy, "整洁", ItemKind.Points, null),
                    new SchemeItem(Innovation, "创新", ItemKind.Points, 5, PerOccurrence: 1),
                    new SchemeItem(Accident, "事故", ItemKind.Veto, 5),
                ]),
            ], null, new SchemeGates(BlockShare: 1.5m), 0, AggregationRule.Mean, 0, SeasonRule.Sum);
        var error = ContestSpec().Given(LabourCreated, TeamsAdded).When(new SetScheme(Contest, Teams, bad, Now)).ThenFails<InvalidCommand>();
        error.Errors.Keys.Order().ShouldBe(new[]
        {
            "blocks[0].items", "blocks[1].items[0].maxPoints", "blocks[1].items[1].perOccurrence", "blocks[1].items[2].maxPoints",
            "gates.blockShare", "minAssessors",
        }.Order());
    }

    [Fact]
    public void A_frozen_round_reopens_with_a_reason_and_a_published_one_never()
    {
        ContestSpec().Given(Defined(Opened(January), Frozen(January))).When(new OpenRound(Contest, January, Now)).ThenFails<RuleViolation>("reopen it with a reason");
        ContestSpec().Given(Defined(Opened(January), Frozen(January))).When(new ReopenRound(Contest, January, "复核", Now))
            .Then(new RoundReopened(Contest, Teams, January, "复核", Now));
        ContestSpec().Given(Defined(Opened(January), Frozen(January), new RoundPublished(Contest, Teams, January, [], Now)))
            .When(new ReopenRound(Contest, January, "复核", Now)).ThenFails<RuleViolation>("a published round cannot be reopened");
    }

    [Fact]
    public void Self_assessments_are_taken_while_the_round_is_open_and_checked_item_by_item()
    {
        var marks = new Dictionary<Guid, decimal> { [Rules] = 28, [Hazards] = 1 };
        ContestSpec().Given(Defined(Opened(January))).When(new AssessSelf(Contest, January, Unit(UnitA), marks, Now))
            .Then(new SelfAssessed(Contest, Teams, January, UnitA, marks, Now));
        ContestSpec().Given(Defined(Opened(January), new SelfAssessed(Contest, Teams, January, UnitA, marks, Now)))
            .When(new AssessSelf(Contest, January, Unit(UnitA), new Dictionary<Guid, decimal>(marks), Now)).ThenNothing();
        ContestSpec().Given(Defined(Opened(January), Frozen(January))).When(new AssessSelf(Contest, January, Unit(UnitA), marks, Now))
            .ThenFails<RuleViolation>("is not open");
        var error = ContestSpec().Given(Defined(Opened(January)))
            .When(new AssessSelf(Contest, January, Unit(UnitA), new Dictionary<Guid, decimal> { [Hazards] = 1.5m, [Accident] = 1, [Rules] = 31 }, Now))
            .ThenFails<InvalidCommand>();
        error.Errors.Keys.Order().ShouldBe(new[] { $"marks.{Hazards}", $"marks.{Accident}", $"marks.{Rules}" }.Order());
        ContestSpec().Given(Defined(Opened(January))).When(new AssessSelf(Contest, January, Unit(UnitA, approved: false), marks, Now))
            .ThenFails<RuleViolation>("not an approved entry");
    }

    [Fact]
    public void A_veto_names_a_veto_item_and_a_reason()
    {
        ContestSpec().Given(Defined(Opened(January))).When(new VetoUnit(Contest, January, Unit(UnitC), Accident, "重伤事故", Now))
            .Then(new UnitVetoed(Contest, Teams, January, UnitC, Accident, "重伤事故", Now));
        ContestSpec().Given(Defined(Opened(January))).When(new VetoUnit(Contest, January, Unit(UnitC), Rules, "重伤事故", Now))
            .ThenFails<InvalidCommand>("itemId must name a veto item");
        ContestSpec().Given(Defined(Opened(January))).When(new VetoUnit(Contest, January, Unit(UnitC), Accident, " ", Now))
            .ThenFails<InvalidCommand>("reason");
    }
}
