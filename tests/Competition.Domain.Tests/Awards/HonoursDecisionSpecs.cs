using Competition.Domain.Entries;
using static Competition.Domain.Tests.Awards.AwardsWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

/// <summary>Honours are granted with the confirmation, on the rules in force, and revoked with the award; the rules are set
/// on the contest stream until then.</summary>
public class HonoursDecisionSpecs
{
    static readonly Guid Trigger = Guid.Parse("7a000000-0000-0000-0000-000000000002");
    static readonly HonourRule TopTwo = new(Title: "省技术能手", Top: 2);
    static readonly HonourEntry[] Entries =
    [
        new(E1, "Ann", "North Grid", []),
        new(E2, "Bo", "South Grid", [new Member("Bo", Sex.Female, 1995, PersonId: "P-2")]),
        new(E3, "Cai", "East Works", []),
    ];
    static readonly GrantedHonour[] Granted =
    [
        new(E1, "Ann", "North Grid", "Ann", null, 0, "省技术能手: top 2", "省技术能手", null, 1, "Gold"),
        new(E2, "Bo", "South Grid", "Bo", "P-2", 0, "省技术能手: top 2", "省技术能手", null, 2, null),
    ];
    static HonoursGranted HonoursGrantedEvent => new(AwardsId, Contest, Electrician, Granted, NoticeEnds);

    [Fact]
    public void Confirming_with_rules_grants_honours_on_the_final_ranking_with_the_awards() =>
        AwardsSpec().Given(History("notice"))
            .When(new ConfirmAwards(Contest, Electrician, NoticeEnds, HonourRules: [TopTwo], Ranking: Board, Entries: Entries))
            .Then(Confirmed, HonoursGrantedEvent);

    [Fact]
    public void Confirming_without_rules_grants_nothing_more() =>
        AwardsSpec().Given(History("notice")).When(new ConfirmAwards(Contest, Electrician, NoticeEnds, Ranking: Board, Entries: Entries))
            .Then(Confirmed);

    [Fact]
    public void A_revoked_award_takes_its_honours_with_it()
    {
        var spec = AwardsSpec().Given([.. History("confirmed"), HonoursGrantedEvent, new AwardRevoked(AwardsId, Contest, Electrician, E1, "cheating", Now)]);
        var state = spec.State.ShouldBeOfType<AwardsState.Confirmed>();
        (state.HasHonours(E1), state.HasHonours(E2)).ShouldBe((false, true));
    }

    [Fact]
    public void An_entry_honoured_without_an_award_loses_its_honours_when_disqualified_once() =>
        AwardsSpec().Given([.. History("confirmed"), HonoursGrantedEvent])
            .When(new ReactToCategoryChange(Contest, Electrician, Trigger, "Entry disqualified: fraud", E2, Now.AddDays(9)))
            .Then(new HonoursRevoked(AwardsId, Contest, Electrician, E2, "Entry disqualified: fraud", Now.AddDays(9), Trigger));

    [Fact]
    public void The_same_disqualification_reacted_to_twice_revokes_nothing_more() =>
        AwardsSpec().Given([.. History("confirmed"), HonoursGrantedEvent,
                new HonoursRevoked(AwardsId, Contest, Electrician, E2, "Entry disqualified: fraud", Now.AddDays(9), Trigger)])
            .When(new ReactToCategoryChange(Contest, Electrician, Trigger, "Entry disqualified: fraud", E2, Now.AddDays(9)))
            .ThenNothing();

    [Fact]
    public void The_organizer_revokes_the_honours_of_an_entry_without_an_award() =>
        AwardsSpec().Given([.. History("confirmed"), HonoursGrantedEvent])
            .When(new RevokeAward(Contest, Electrician, E2, "false papers", Now.AddDays(9)))
            .Then(new HonoursRevoked(AwardsId, Contest, Electrician, E2, "false papers", Now.AddDays(9)));

    [Fact]
    public void Revoking_the_honours_of_an_entry_without_an_award_twice_decides_nothing() =>
        AwardsSpec().Given([.. History("confirmed"), HonoursGrantedEvent, new HonoursRevoked(AwardsId, Contest, Electrician, E2, "false papers", Now.AddDays(9))])
            .When(new RevokeAward(Contest, Electrician, E2, "false papers", Now.AddDays(10))).ThenNothing();

    [Fact]
    public void An_entry_with_neither_award_nor_honours_has_nothing_to_revoke() =>
        AwardsSpec().Given([.. History("confirmed"), HonoursGrantedEvent])
            .When(new RevokeAward(Contest, Electrician, E3, "no reason", Now.AddDays(9))).ThenFails<NotFound>();

    [Fact]
    public void Rules_are_set_on_the_category_and_kept_in_its_state()
    {
        var spec = ContestSpec().Given(Defined);
        spec.When(new SetHonourRules(Contest, Electrician, [TopTwo with { Title = " 省技术能手 " }], false, Now))
            .Then(new HonourRulesSet(Contest, Electrician, [TopTwo], Now));
        ContestAfter(Defined.With(new HonourRulesSet(Contest, Electrician, [TopTwo], Now))).Category(Electrician)!.HonourRules.ShouldBe([TopTwo]);
    }

    [Fact]
    public void Rules_and_honours_read_back_as_the_event_store_holds_them()
    {
        var web = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        var rule = new HonourRule(Title: "全国技术能手", Top: 5, TopByTeamSize: new Dictionary<int, int> { [2] = 3, [3] = 2 }, MaxAge: 35, Sex: Sex.Female,
            Groups: ["职工"]);
        var json = System.Text.Json.JsonSerializer.Serialize(new HonourRulesSet(Contest, Electrician, [rule, new(Grade: Grade.SeniorTechnician, Tiers: ["Gold"])], Now), web);
        json.ShouldContain("\"topByTeamSize\":{\"2\":3,\"3\":2}");
        json.ShouldContain("\"grade\":\"seniorTechnician\"");
        var back = System.Text.Json.JsonSerializer.Deserialize<HonourRulesSet>(json, web)!;
        (back.Rules[0].TopFor(2), back.Rules[0].TopFor(4), back.Rules[0].Sex, back.Rules[1].Grade, back.Rules[0].Describe())
            .ShouldBe((3, 5, Sex.Female, Grade.SeniorTechnician, rule.Describe()));
        var granted = System.Text.Json.JsonSerializer.Deserialize<HonoursGranted>(System.Text.Json.JsonSerializer.Serialize(HonoursGrantedEvent, web), web)!;
        granted.Honours.ShouldBe(Granted);
    }

    [Fact]
    public void Rules_after_the_awards_are_confirmed_are_refused() =>
        ContestSpec().Given(Defined).When(new SetHonourRules(Contest, Electrician, [TopTwo], true, Now)).ThenFails<RuleViolation>("confirmed");

    [Fact]
    public void Rules_of_an_unknown_category_or_that_do_not_hold_are_refused()
    {
        ContestSpec().Given(Defined).When(new SetHonourRules(Contest, Welder, [TopTwo], false, Now)).ThenFails<NotFound>();
        var error = ContestSpec().Given(Defined).When(new SetHonourRules(Contest, Electrician, [new(Title: "x", Tiers: ["Gold"])], false, Now))
            .ThenFails<InvalidCommand>();
        error.Errors.Keys.ShouldBe(["rules[0].tiers"]);
    }
}
