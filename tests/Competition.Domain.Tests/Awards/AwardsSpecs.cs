using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

public class AwardsSpecs
{
    static Spec<AwardsCommand, AwardsState> AwardsSpec() => new(AwardsDecider.Decide, AwardsDecider.Evolve, AwardsDecider.Initial);

    static readonly Guid AwardsId = StreamIds.Awards(Electrician);
    static readonly Guid E1 = Guid.Parse("e0000000-0000-0000-0000-000000000001");
    static readonly Guid E2 = Guid.Parse("e0000000-0000-0000-0000-000000000002");
    static readonly Guid E3 = Guid.Parse("e0000000-0000-0000-0000-000000000003");
    static readonly Guid Appeal = Guid.Parse("a0000000-0000-0000-0000-000000000001");
    static readonly DateTimeOffset NoticeEnds = Now.AddDays(5);

    static readonly AwardPolicy Policy = new([new("Gold", 0.34m), new("Silver", 0.33m)], 60);
    static readonly RankedRow[] Ranking =
    [
        new(1, E1, 91.5m, new Dictionary<Guid, decimal>()),
        new(2, E2, 80m, new Dictionary<Guid, decimal>()),
        new(3, E3, 55m, new Dictionary<Guid, decimal>()),
    ];

    static readonly ProposedAward[] Proposal = [new(E1, "Gold", 1, 91.5m)];
    static AwardsProposed Proposed => new(AwardsId, Contest, Electrician, Proposal, Now);
    static NoticeOpened NoticeOpened => new(AwardsId, Contest, Electrician, 5, NoticeEnds, Now);
    static AppealLodged Lodged => new(AwardsId, Contest, Electrician, Appeal, E2, "marks missing", Now.AddDays(1));
    static AppealResolved Resolved(bool upheld) => new(AwardsId, Contest, Electrician, Appeal, upheld, "checked", Now.AddDays(2));
    static ProposalWithdrawn Withdrawn => new(AwardsId, Contest, Electrician, Appeal, Now.AddDays(2));
    static AwardsConfirmed Confirmed => new(AwardsId, Contest, Electrician, Proposal, NoticeEnds);

    static ProposeAwards Propose(bool closed = true, AwardPolicy? policy = null) =>
        new(Contest, Electrician, Ranking, policy ?? Policy, closed, Now);

    static object[] History(string state) => state switch
    {
        "none" => [],
        "proposed" => [Proposed],
        "notice" => [Proposed, NoticeOpened],
        "appealed" => [Proposed, NoticeOpened, Lodged],
        "withdrawn" => [Proposed, NoticeOpened, Lodged, Resolved(true), Withdrawn],
        "confirmed" => [Proposed, NoticeOpened, Confirmed],
        _ => throw new ArgumentException(state),
    };

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
        AwardsSpec().When(new ProposeAwards(Contest, Electrician, Ranking, null, true, Now)).ThenFails<RuleViolation>("award policy");

    [Theory]
    [InlineData("proposed", "opened")]
    [InlineData("none", "refused")]
    [InlineData("notice", "refused")]
    [InlineData("withdrawn", "refused")]
    [InlineData("confirmed", "refused")]
    public void Opening_public_notice(string state, string outcome)
    {
        var result = AwardsSpec().Given(History(state)).When(new OpenNotice(Contest, Electrician, 5, Now));
        if (outcome == "opened") result.Then(NoticeOpened);
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
        AwardsSpec().Given(History("notice")).When(new LodgeAppeal(Contest, Electrician, Appeal, E2, " marks missing ", Now.AddDays(1)))
            .Then(Lodged);

    [Fact]
    public void The_same_appeal_again_decides_nothing() =>
        AwardsSpec().Given(History("appealed")).When(new LodgeAppeal(Contest, Electrician, Appeal, E2, "marks missing", Now.AddDays(1)))
            .ThenNothing();

    [Fact]
    public void Appeals_after_the_notice_period_are_refused() =>
        AwardsSpec().Given(History("notice")).When(new LodgeAppeal(Contest, Electrician, Appeal, E2, "late", NoticeEnds))
            .ThenFails<RuleViolation>("notice period ended");

    [Theory]
    [InlineData("none")]
    [InlineData("proposed")]
    [InlineData("confirmed")]
    public void Appeals_outside_public_notice_are_refused(string state) =>
        AwardsSpec().Given(History(state)).When(new LodgeAppeal(Contest, Electrician, Appeal, E2, "why", Now))
            .ThenFails<RuleViolation>("only during public notice");

    [Fact]
    public void An_appeal_needs_a_reason() =>
        AwardsSpec().Given(History("notice")).When(new LodgeAppeal(Contest, Electrician, Appeal, E2, "", Now))
            .ThenFails<InvalidCommand>();

    [Fact]
    public void An_upheld_appeal_withdraws_the_proposal()
    {
        AwardsSpec().Given(History("appealed")).When(new ResolveAppeal(Contest, Electrician, Appeal, true, "checked", Now.AddDays(2)))
            .Then(Resolved(true), Withdrawn);
        var state = History("withdrawn").Aggregate(AwardsDecider.Initial, AwardsDecider.Evolve);
        state.Status.ShouldBe("none");
        state.Appeals[Appeal].ShouldBe(new Appeal(Appeal, E2, false, true));
    }

    [Fact]
    public void A_rejected_appeal_leaves_the_proposal_under_notice()
    {
        AwardsSpec().Given(History("appealed")).When(new ResolveAppeal(Contest, Electrician, Appeal, false, "checked", Now.AddDays(2)))
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
        AwardsSpec().Given(history).When(new ResolveAppeal(Contest, Electrician, Appeal, false, "again", Now)).ThenNothing();
        AwardsSpec().Given(history).When(new ResolveAppeal(Contest, Electrician, Appeal, true, "changed mind", Now))
            .ThenFails<RuleViolation>("already been resolved");
    }

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
