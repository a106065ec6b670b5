using static Competition.Domain.Tests.Awards.AwardsWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

public class ConfirmAndRevokeSpecs
{
    [Fact]
    public void Awards_are_not_confirmed_while_a_stage_of_the_category_is_open_again() =>
        AwardsSpec().Given(History("notice")).When(new ConfirmAwards(Contest, Electrician, NoticeEnds, AllStagesClosed: false))
            .ThenFails<RuleViolation>("open again");

    [Fact]
    public void Public_notice_does_not_start_while_a_stage_of_the_category_is_open_again() =>
        AwardsSpec().Given(History("proposed")).When(new OpenNotice(Contest, Electrician, 7, NoticeEnds, AllStagesClosed: false))
            .ThenFails<RuleViolation>("open again");

    [Fact]
    public void Awards_are_confirmed_after_the_notice_period() =>
        AwardsSpec().Given(History("notice")).When(new ConfirmAwards(Contest, Electrician, NoticeEnds)).Then(Confirmed);

    [Fact]
    public void Awards_are_not_confirmed_before_the_notice_period_ends() =>
        AwardsSpec().Given(History("notice")).When(new ConfirmAwards(Contest, Electrician, NoticeEnds.AddSeconds(-1)))
            .ThenFails<RuleViolation>("Public notice runs until");

    [Fact]
    public void Awards_are_not_confirmed_with_an_open_appeal() =>
        AwardsSpec().Given(History("appealed")).When(new ConfirmAwards(Contest, Electrician, NoticeEnds.AddDays(1)))
            .ThenFails<RuleViolation>("open appeals");

    [Fact]
    public void Awards_are_confirmed_once_appeals_are_rejected() =>
        AwardsSpec().Given(History("appealed").With(Resolved(false))).When(new ConfirmAwards(Contest, Electrician, NoticeEnds))
            .Then(Confirmed);

    [Theory]
    [InlineData("none", "refused")]
    [InlineData("proposed", "refused")]
    [InlineData("withdrawn", "refused")]
    [InlineData("confirmed", "nothing")]
    public void Confirming_in_other_states(string state, string outcome)
    {
        var result = AwardsSpec().Given(History(state)).When(new ConfirmAwards(Contest, Electrician, NoticeEnds.AddDays(9)));
        if (outcome == "nothing") result.ThenNothing();
        else result.ThenFails<RuleViolation>();
    }

    [Fact]
    public void A_new_proposal_after_an_upheld_appeal_needs_a_new_notice() =>
        AwardsSpec().Given(History("withdrawn").With(Proposed)).When(new ConfirmAwards(Contest, Electrician, NoticeEnds.AddDays(9)))
            .ThenFails<RuleViolation>("public notice");

    [Fact]
    public void A_confirmed_award_is_revoked_with_a_reason() =>
        AwardsSpec().Given(History("confirmed")).When(new RevokeAward(Contest, Electrician, E1, " cheating found ", Now))
            .Then(new AwardRevoked(AwardsId, Contest, Electrician, E1, "cheating found", Now));

    [Fact]
    public void Revoking_twice_decides_nothing() =>
        AwardsSpec().Given(History("confirmed").With(new AwardRevoked(AwardsId, Contest, Electrician, E1, "x", Now)))
            .When(new RevokeAward(Contest, Electrician, E1, "again", Now)).ThenNothing();

    [Fact]
    public void Revoking_an_entry_without_award_is_not_found() =>
        AwardsSpec().Given(History("confirmed")).When(new RevokeAward(Contest, Electrician, E3, "x", Now)).ThenFails<NotFound>();

    [Fact]
    public void Revoking_needs_a_reason() =>
        AwardsSpec().Given(History("confirmed")).When(new RevokeAward(Contest, Electrician, E1, "", Now)).ThenFails<InvalidCommand>();

    [Theory]
    [InlineData("none")]
    [InlineData("proposed")]
    [InlineData("notice")]
    public void Only_confirmed_awards_are_revoked(string state) =>
        AwardsSpec().Given(History(state)).When(new RevokeAward(Contest, Electrician, E1, "x", Now))
            .ThenFails<RuleViolation>("Only confirmed awards");

    [Theory]
    [InlineData("none", "none")]
    [InlineData("proposed", "proposed")]
    [InlineData("notice", "notice")]
    [InlineData("appealed", "notice")]
    [InlineData("withdrawn", "none")]
    [InlineData("confirmed", "confirmed")]
    public void Status_speaks_the_contracts_words(string state, string status) =>
        History(state).Aggregate(AwardsDecider.Initial, AwardsDecider.Evolve).Status.ShouldBe(status);
}
