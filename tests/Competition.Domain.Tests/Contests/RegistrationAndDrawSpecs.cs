using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Contests;

public class RegistrationAndDrawSpecs
{
    static readonly Guid E1 = Guid.Parse("10000000-0000-0000-0000-000000000001");
    static readonly Guid E2 = Guid.Parse("20000000-0000-0000-0000-000000000002");
    static readonly Guid E3 = Guid.Parse("30000000-0000-0000-0000-000000000003");

    [Fact]
    public void Registration_opens() =>
        ContestSpec().Given(Created).When(new OpenRegistration(Contest, Now)).Then(new RegistrationOpened(Contest, Now));

    [Fact]
    public void Opening_an_open_registration_decides_nothing() =>
        ContestSpec().Given(Created, new RegistrationOpened(Contest, Now)).When(new OpenRegistration(Contest, Now)).ThenNothing();

    [Fact]
    public void Registration_closes() =>
        ContestSpec().Given(Created, new RegistrationOpened(Contest, Now)).When(new CloseRegistration(Contest, Now))
            .Then(new RegistrationClosed(Contest, Now));

    [Fact]
    public void Closing_a_closed_registration_decides_nothing() =>
        ContestSpec().Given(Created, new RegistrationOpened(Contest, Now), new RegistrationClosed(Contest, Now))
            .When(new CloseRegistration(Contest, Now)).ThenNothing();

    [Fact]
    public void Registration_can_reopen_after_closing() =>
        ContestSpec().Given(Created, new RegistrationOpened(Contest, Now), new RegistrationClosed(Contest, Now))
            .When(new OpenRegistration(Contest, Now)).Then(new RegistrationOpened(Contest, Now));

    [Fact]
    public void Drawing_lots_records_the_seed_and_a_bib_for_every_approved_entry()
    {
        var events = ContestSpec().Given(Created, ElectricianAdded).When(new DrawLots(Contest, Electrician, "2026", [E1, E2, E3], Now))
            .Then(new LotsDrawn(Contest, Electrician, "2026", LotDrawing.Draw(2026, [E1, E2, E3]), Now));
        var drawn = (LotsDrawn)events.Single();
        drawn.Bibs.Select(b => b.Bib).ShouldBe([1, 2, 3]);
        drawn.Bibs.Select(b => b.EntryId).ShouldBe([E1, E2, E3], ignoreOrder: true);
    }

    [Fact]
    public void A_category_draws_lots_only_once() =>
        ContestSpec().Given(Created, ElectricianAdded, new LotsDrawn(Contest, Electrician, "7", [new(E1, 1)], Now))
            .When(new DrawLots(Contest, Electrician, "8", [E1, E2], Now))
            .ThenFails<RuleViolation>("already been drawn (seed 7)");

    [Fact]
    public void Drawing_lots_without_approved_entries_is_refused() =>
        ContestSpec().Given(Created, ElectricianAdded).When(new DrawLots(Contest, Electrician, "1", [], Now))
            .ThenFails<RuleViolation>("no approved entries");

    [Fact]
    public void Drawing_lots_for_an_unknown_category_is_not_found() =>
        ContestSpec().Given(Created).When(new DrawLots(Contest, Electrician, "1", [E1], Now)).ThenFails<NotFound>();

    [Fact]
    public void Each_category_draws_its_own_lots()
    {
        var state = ContestAfter(Created, ElectricianAdded, WelderAdded, new LotsDrawn(Contest, Electrician, "7", [new(E1, 1)], Now));
        state.Category(Electrician)!.Drawn.ShouldBeTrue();
        state.Category(Welder)!.Drawn.ShouldBeFalse();
        ContestSpec().Given(Created, ElectricianAdded, WelderAdded, new LotsDrawn(Contest, Electrician, "7", [new(E1, 1)], Now))
            .When(new DrawLots(Contest, Welder, "9", [E2], Now))
            .Then(new LotsDrawn(Contest, Welder, "9", [new(E2, 1)], Now));
    }
}
