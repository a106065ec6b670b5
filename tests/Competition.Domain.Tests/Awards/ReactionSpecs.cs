using static Competition.Domain.Tests.Awards.AwardsWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

public class ReactionSpecs
{
    static readonly Guid Trigger = Guid.Parse("7a000000-0000-0000-0000-000000000001");

    static ReactToCategoryChange Disqualified(Guid entry, Guid? trigger = null) =>
        new(Contest, Electrician, trigger ?? Trigger, "Entry disqualified: left the venue", entry, Now.AddDays(1));

    static ReactToCategoryChange StageReopened => new(Contest, Electrician, Trigger, "A stage of the category was opened again", null, Now.AddDays(1));

    static ProposalSuperseded Superseded(string reason) => new(AwardsId, Contest, Electrician, reason, Trigger, Now.AddDays(1));

    [Fact]
    public void A_disqualification_supersedes_a_pending_proposal() =>
        AwardsSpec().Given(Proposed).When(Disqualified(E2)).Then(Superseded("Entry disqualified: left the venue"));

    [Fact]
    public void A_disqualification_supersedes_a_proposal_under_notice() =>
        AwardsSpec().Given(Proposed, Noticed).When(Disqualified(E1)).Then(Superseded("Entry disqualified: left the venue"));

    [Fact]
    public void A_stage_opened_again_supersedes_a_pending_proposal() =>
        AwardsSpec().Given(Proposed, Noticed).When(StageReopened).Then(Superseded("A stage of the category was opened again"));

    [Fact]
    public void The_same_trigger_again_decides_nothing_even_after_a_new_proposal() =>
        AwardsSpec().Given(Proposed, Superseded("x"), Proposed).When(Disqualified(E1)).ThenNothing();

    [Fact]
    public void Another_trigger_supersedes_the_new_proposal() =>
        AwardsSpec().Given(Proposed, Superseded("x"), Proposed).When(Disqualified(E1, Guid.NewGuid())).Events!.Single().ShouldBeOfType<ProposalSuperseded>();

    [Fact]
    public void With_nothing_proposed_a_change_decides_nothing() =>
        AwardsSpec().When(StageReopened).ThenNothing();

    [Fact]
    public void A_disqualified_entry_loses_its_confirmed_award() =>
        AwardsSpec().Given(Proposed, Noticed, Confirmed).When(Disqualified(E1))
            .Then(new AwardRevoked(AwardsId, Contest, Electrician, E1, "Entry disqualified: left the venue", Now.AddDays(1), Trigger));

    [Fact]
    public void Confirmed_awards_are_not_touched_by_an_entry_without_an_award_or_a_reopened_stage()
    {
        AwardsSpec().Given(Proposed, Noticed, Confirmed).When(Disqualified(E3)).ThenNothing();
        AwardsSpec().Given(Proposed, Noticed, Confirmed).When(StageReopened).ThenNothing();
    }

    [Fact]
    public void A_revocation_by_reaction_happens_once() =>
        AwardsSpec().Given(Proposed, Noticed, Confirmed,
                new AwardRevoked(AwardsId, Contest, Electrician, E1, "Entry disqualified", Now.AddDays(1), Trigger))
            .When(Disqualified(E1)).ThenNothing();

    [Fact]
    public void Once_superseded_the_category_can_be_proposed_again() =>
        AwardsSpec().Given(Proposed, Noticed, Superseded("x")).When(Propose()).Events!.Single().ShouldBeOfType<AwardsProposed>();
}
