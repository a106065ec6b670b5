using static Competition.Domain.Tests.Awards.AwardsWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

public class ProposalAndAppealSpecs
{
    [Fact]
    public void Awards_are_proposed_from_the_final_ranking_by_the_policy() =>
        // N = 2 reach 60: Gold ends at round(0.68) = 1, Silver at 1 + round(0.66) = 2.
        AwardsSpec().When(Propose()).Then(new AwardsProposed(AwardsId, Contest, Electrician,
            [new(E1, "Gold", 1, 91.5m), new(E2, "Silver", 2, 80m)], Now));

    [Theory]
    [InlineData("none", true)]
    [InlineData("proposed", true)]
    [InlineData("withdrawn", true)]
    [InlineData("notice", false)]
    [InlineData("confirmed", false)]
    public void Proposing(string state, bool allowed)
    {
        var outcome = AwardsSpec().Given(History(state)).When(Propose(policy: new([new("Gold", 0.5m)], 60)));
        if (allowed) outcome.Then(new AwardsProposed(AwardsId, Contest, Electrician, [new(E1, "Gold", 1, 91.5m)], Now));
        else outcome.ThenFails<RuleViolation>();
    }

    [Fact]
    public void Proposing_needs_every_stage_closed() =>
        AwardsSpec().When(Propose(closed: false)).ThenFails<RuleViolation>("Every stage of the category must be closed");

    [Fact]
    public void Proposing_needs_an_award_policy() =>
        AwardsSpec().When(new ProposeAwards(Contest, Electrician, Board, null, true, Now)).ThenFails<RuleViolation>("award policy");

    [Theory]
    [InlineData("proposed", "opened")]
    [InlineData("none", "refused")]
    [InlineData("notice", "refused")]
    [InlineData("withdrawn", "refused")]
    [InlineData("confirmed", "refused")]
    public void Opening_public_notice(string state, string outcome)
    {
        var result = AwardsSpec().Given(History(state)).When(new OpenNotice(Contest, Electrician, 5, Now));
        if (outcome == "opened") result.Then(Noticed);
        else result.ThenFails<RuleViolation>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Public_notice_lasts_at_least_a_day(int days) =>
        AwardsSpec().Given(History("proposed")).When(new OpenNotice(Contest, Electrician, days, Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["days"]);

    [Fact]
    public void An_appeal_is_lodged_during_notice() =>
        AwardsSpec().Given(History("notice")).When(new LodgeAppeal(Contest, Electrician, AppealId, E2, " marks missing ", Now.AddDays(1)))
            .Then(Lodged);

    [Fact]
    public void The_same_appeal_again_decides_nothing() =>
        AwardsSpec().Given(History("appealed")).When(new LodgeAppeal(Contest, Electrician, AppealId, E2, "marks missing", Now.AddDays(1)))
            .ThenNothing();

    [Fact]
    public void Appeals_after_the_notice_period_are_refused() =>
        AwardsSpec().Given(History("notice")).When(new LodgeAppeal(Contest, Electrician, AppealId, E2, "late", NoticeEnds))
            .ThenFails<RuleViolation>("notice period ended");

    [Theory]
    [InlineData("none")]
    [InlineData("proposed")]
    [InlineData("confirmed")]
    public void Appeals_outside_public_notice_are_refused(string state) =>
        AwardsSpec().Given(History(state)).When(new LodgeAppeal(Contest, Electrician, AppealId, E2, "why", Now))
            .ThenFails<RuleViolation>("only during public notice");

    [Fact]
    public void An_appeal_needs_a_reason() =>
        AwardsSpec().Given(History("notice")).When(new LodgeAppeal(Contest, Electrician, AppealId, E2, "", Now))
            .ThenFails<InvalidCommand>();

    [Fact]
    public void An_upheld_appeal_withdraws_the_proposal()
    {
        AwardsSpec().Given(History("appealed")).When(new ResolveAppeal(Contest, Electrician, AppealId, true, "checked", Now.AddDays(2)))
            .Then(Resolved(true), Withdrawn);
        var state = History("withdrawn").Aggregate(AwardsDecider.Initial, AwardsDecider.Evolve);
        state.Status.ShouldBe("none");
        state.Appeals[AppealId].ShouldBe(new Appeal(AppealId, E2, false, true));
    }

    [Fact]
    public void A_rejected_appeal_leaves_the_proposal_under_notice()
    {
        AwardsSpec().Given(History("appealed")).When(new ResolveAppeal(Contest, Electrician, AppealId, false, "checked", Now.AddDays(2)))
            .Then(Resolved(false));
        History("appealed").With(Resolved(false)).Aggregate(AwardsDecider.Initial, AwardsDecider.Evolve).Status.ShouldBe("notice");
    }

    [Fact]
    public void Resolving_an_unknown_appeal_is_not_found() =>
        AwardsSpec().Given(History("notice")).When(new ResolveAppeal(Contest, Electrician, Guid.NewGuid(), true, "", Now)).ThenFails<NotFound>();

    [Fact]
    public void Resolving_again_the_same_way_decides_nothing_and_the_other_way_is_refused()
    {
        var history = History("appealed").With(Resolved(false));
        AwardsSpec().Given(history).When(new ResolveAppeal(Contest, Electrician, AppealId, false, "again", Now)).ThenNothing();
        AwardsSpec().Given(history).When(new ResolveAppeal(Contest, Electrician, AppealId, true, "changed mind", Now))
            .ThenFails<RuleViolation>("already been resolved");
    }
}
