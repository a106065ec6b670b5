using static Competition.Domain.Tests.World;
using static Competition.Domain.Tests.Entries.EntrySpecs;

namespace Competition.Domain.Tests.Entries;

public class ReviseEntrySpecs
{
    [Fact]
    public void A_name_is_corrected_at_any_time_even_after_marking_began() =>
        EntrySpec().Given(Registered, new EntryApproved(Entry, Contest, Electrician, Now), new BibDrawn(Entry, Contest, Electrician, 3, Now))
            .When(new ReviseEntry(Entry, "张三", NorthGrid, null, false, MarkingBegan: true, Now))
            .Then(new EntryRevised(Entry, Contest, Electrician, "张三", NorthGrid, [], Now));

    [Fact]
    public void The_organization_stays_once_marking_began_since_judges_are_recused_by_it()
    {
        EntrySpec().Given(Registered).When(new ReviseEntry(Entry, "Zhang San", SouthGrid, null, false, MarkingBegan: true, Now))
            .ThenFails<RuleViolation>("organization, which judges are recused by, can no longer change");
        EntrySpec().Given(Registered).When(new ReviseEntry(Entry, "Zhang San", SouthGrid, null, false, MarkingBegan: false, Now))
            .Then(new EntryRevised(Entry, Contest, Electrician, "Zhang San", SouthGrid, [], Now));
        // The same organization written differently (spaces, full-width) is no change of recusal.
        EntrySpec().Given(Registered).When(new ReviseEntry(Entry, "Zhang San", " North  Grid ", null, false, MarkingBegan: true, Now))
            .Then(new EntryRevised(Entry, Contest, Electrician, "Zhang San", "North  Grid", [], Now));
    }

    [Fact]
    public void A_team_keeps_at_least_one_member_and_the_same_values_again_write_nothing()
    {
        EntrySpec().Given(Registered).When(new ReviseEntry(Entry, "Zhang San", NorthGrid, [" ", ""], true, false, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["members"]);
        EntrySpec().Given(Registered).When(new ReviseEntry(Entry, " Zhang San ", NorthGrid, [], false, false, Now)).Then();
    }

    [Fact]
    public void A_revision_is_folded_into_the_state_the_next_decision_sees()
    {
        var state = (EntryState.Active)new object[] { Registered, new EntryRevised(Entry, Contest, Electrician, "张三", SouthGrid, ["李四"], Now) }
            .Aggregate(EntryDecider.Initial, EntryDecider.Evolve);
        (state.Name, state.Organization, state.Members.Single()).ShouldBe(("张三", SouthGrid, "李四"));
    }
}
