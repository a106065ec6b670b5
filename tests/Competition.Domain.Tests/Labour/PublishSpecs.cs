using Competition.Domain.Labour;
using static Competition.Domain.Tests.World;
using static Competition.Domain.Tests.Labour.LabourWorld;

namespace Competition.Domain.Tests.Labour;

/// Publishing a round: at least minAssessors submitted sheets per unit not vetoed, and the red flag (流动红旗) passes.
public class PublishSpecs
{
    static readonly Guid A1 = Guid.Parse("00000000-0000-0000-0000-0000000aa001"), A2 = Guid.Parse("00000000-0000-0000-0000-0000000aa002");
    static readonly UnitFacts[] Units = [Unit(UnitA), Unit(UnitB), Unit(UnitC)];

    static object[] Ready(Guid round, int minAssessors = 1, params object[] more) =>
    [
        LabourCreated, TeamsAdded, SchemeSet(SafetyScheme(minAssessors: minAssessors)), RoundAdded(January, 1), RoundAdded(February, 2), RoundAdded(March, 3),
        Assessor(A1, "监督站"), Assessor(A2, "安监局"), .. more,
        new RoundOpened(Contest, Teams, round, Now), new RoundFrozen(Contest, Teams, round, Now),
    ];

    static AssessorSheet Sheet(Guid judge, Guid unit, decimal rules, bool submitted = true) =>
        new(judge, unit, new Dictionary<Guid, decimal> { [Rules] = rules, [Tidy] = 10 }, submitted);

    static PublishRound Publish(Guid round, params AssessorSheet[] sheets) => new(Contest, round, Units, sheets, Now);

    [Fact]
    public void Publishing_is_refused_while_a_unit_has_fewer_than_min_assessors_submitted_sheets_naming_them() =>
        ContestSpec().Given(Ready(January, minAssessors: 2))
            .When(Publish(January, Sheet(A1, UnitA, 20), Sheet(A2, UnitA, 20), Sheet(A1, UnitB, 20), Sheet(A2, UnitB, 20, submitted: false), Sheet(A1, UnitC, 20)))
            .ThenFails<RuleViolation>("needs 2 submitted sheet(s) for every unit not vetoed; short: Unit a2 (1), Unit a3 (1)");

    [Fact]
    public void A_vetoed_unit_needs_no_sheets_and_never_takes_the_flag() =>
        ContestSpec().Given(Ready(January, 1, new RoundOpened(Contest, Teams, January, Now), new UnitVetoed(Contest, Teams, January, UnitC, Accident, "事故", Now)))
            .When(Publish(January, Sheet(A1, UnitA, 20), Sheet(A1, UnitB, 25)))
            .Then(new RoundPublished(Contest, Teams, January, [UnitB], Now));

    [Fact]
    public void An_open_round_is_frozen_before_it_is_published() =>
        ContestSpec().Given(Defined(new RoundOpened(Contest, Teams, January, Now))).When(Publish(January))
            .ThenFails<RuleViolation>("must be frozen before it is published");

    [Fact]
    public void The_red_flag_passes_over_three_rounds_and_is_shared_on_a_tie()
    {
        var sheets = new Dictionary<Guid, AssessorSheet[]>
        {
            [January] = [Sheet(A1, UnitA, 28), Sheet(A1, UnitB, 22), Sheet(A1, UnitC, 20)],
            [February] = [Sheet(A1, UnitA, 21), Sheet(A1, UnitB, 27), Sheet(A1, UnitC, 20)],
            [March] = [Sheet(A1, UnitA, 26), Sheet(A1, UnitB, 26), Sheet(A1, UnitC, 20)],
        };
        var expected = new Dictionary<Guid, Guid[]> { [January] = [UnitA], [February] = [UnitB], [March] = new[] { UnitA, UnitB }.Order().ToArray() };
        var history = new List<object> { LabourCreated, TeamsAdded, SchemeSet(), RoundAdded(January, 1), RoundAdded(February, 2), RoundAdded(March, 3), Assessor(A1, "监督站") };
        foreach (var round in new[] { January, February, March })
        {
            history.AddRange([new RoundOpened(Contest, Teams, round, Now), new RoundFrozen(Contest, Teams, round, Now)]);
            var published = ContestSpec().Given([.. history]).When(Publish(round, sheets[round])).Then(new RoundPublished(Contest, Teams, round, expected[round], Now));
            history.AddRange(published);
        }
        var state = (ContestState.Active)ContestSpec().Given([.. history]).State;
        state.Category(Teams)!.AllRoundsPublished.ShouldBeTrue();
        state.Category(Teams)!.Rounds.Select(r => r.Holders.Count).ShouldBe([1, 1, 2]);
    }

    [Fact]
    public void Sheets_of_judges_not_appointed_to_the_category_do_not_count() =>
        ContestSpec().Given(Ready(January, minAssessors: 1))
            .When(Publish(January, Sheet(Guid.NewGuid(), UnitA, 30), Sheet(A1, UnitA, 20), Sheet(A1, UnitB, 25)))
            .ThenFails<RuleViolation>("short: Unit a3 (0)");
}
