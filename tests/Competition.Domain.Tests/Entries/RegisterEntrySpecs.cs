using static Competition.Domain.Tests.Entries.EntrySpecs;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Entries;

public class RegisterEntrySpecs
{
    static readonly RegistrationContext Open = new(true, true, true, EntryType.Individual);

    [Fact]
    public void An_entry_registers_with_its_organization_and_members() =>
        EntrySpec().When(new RegisterEntry(Entry, Contest, Welder, " Team Spark ", " North Grid ", ["Li", " ", " Wang "],
                Open with { EntryType = EntryType.Team }, Now))
            .Then(new EntryRegistered(Entry, Contest, Welder, "Team Spark", NorthGrid, ["Li", "Wang"], Now));

    [Fact]
    public void An_individual_registers_without_members() =>
        EntrySpec().When(new RegisterEntry(Entry, Contest, Electrician, "Zhang San", NorthGrid, null, Open, Now)).Then(Registered);

    [Fact]
    public void A_team_needs_its_members() =>
        EntrySpec().When(new RegisterEntry(Entry, Contest, Welder, "Team", NorthGrid, [], Open with { EntryType = EntryType.Team }, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["members"]);

    [Theory]
    [InlineData("", NorthGrid, "name")]
    [InlineData("Zhang", "", "organization")]
    public void An_entry_needs_a_name_and_an_organization(string name, string organization, string field) =>
        EntrySpec().When(new RegisterEntry(Entry, Contest, Electrician, name, organization, null, Open, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe([field]);

    [Fact]
    public void Registering_while_registration_is_closed_is_refused() =>
        EntrySpec().When(new RegisterEntry(Entry, Contest, Electrician, "Zhang", NorthGrid, null, Open with { RegistrationOpen = false }, Now))
            .ThenFails<RuleViolation>("Registration is not open");

    [Fact]
    public void Registering_in_an_unknown_category_is_not_found() =>
        EntrySpec().When(new RegisterEntry(Entry, Contest, Electrician, "Zhang", NorthGrid, null, Open with { CategoryExists = false }, Now))
            .ThenFails<NotFound>("Category");

    [Fact]
    public void Registering_in_an_unknown_contest_is_not_found() =>
        EntrySpec().When(new RegisterEntry(Entry, Contest, Electrician, "Zhang", NorthGrid, null, RegistrationContext.From(ContestDecider.Initial, Electrician), Now))
            .ThenFails<NotFound>("Contest");

    [Fact]
    public void An_entry_registers_only_once() =>
        EntrySpec().Given(Registered).When(new RegisterEntry(Entry, Contest, Electrician, "Zhang", NorthGrid, null, Open, Now))
            .ThenFails<RuleViolation>("already registered");

    [Fact]
    public void The_registration_context_comes_from_the_contest()
    {
        var contest = ContestAfter(Created, ElectricianAdded, WelderAdded, new RegistrationOpened(Contest, Now));
        RegistrationContext.From(contest, Welder).ShouldBe(new RegistrationContext(true, true, true, EntryType.Team));
        RegistrationContext.From(contest, Guid.NewGuid()).CategoryExists.ShouldBeFalse();
    }
}
