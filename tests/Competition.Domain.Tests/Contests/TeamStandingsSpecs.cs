namespace Competition.Domain.Tests.Contests;

/// 团体总分: organizations across categories, by placing points or by their best totals.
public class TeamStandingsSpecs
{
    static readonly Guid Electrician = Guid.NewGuid(), Welder = Guid.NewGuid();

    static PlacedEntry E(Guid category, string org, int rank, decimal total) => new(category, Guid.NewGuid(), org, rank, total);

    static readonly PlacedEntry[] Boards =
    [
        E(Electrician, "供电公司", 1, 95), E(Electrician, "建工集团", 2, 90), E(Electrician, "供电公司 ", 2, 90), E(Electrician, "路桥公司", 4, 70),
        E(Welder, "建工集团", 1, 88), E(Welder, "ＡＢＣ", 2, 80), E(Welder, "路桥公司", 3, 79), E(Welder, "abc", 4, 60),
    ];

    [Fact]
    public void Placing_points_go_by_rank_a_shared_rank_each_taking_its_points_and_names_meaning_one_organization()
    {
        var rows = TeamStandings.Rank(new TeamStandingsRule(TeamRule.Placing, [9, 7, 5], 0, []), Boards);
        // 供电公司 9 + 7 = 16; 建工集团 7 + 9 = 16; ABC (ＡＢＣ and abc) 7 + 0; 路桥公司 0 + 5.
        rows.Select(r => (r.Rank, r.Organization, r.Total, r.Entries)).ShouldBe(
            [(1, "供电公司", 16m, 2), (1, "建工集团", 16m, 2), (3, "ＡＢＣ", 7m, 2), (4, "路桥公司", 5m, 2)]);
        rows[1].ByCategory.ShouldBe(new Dictionary<Guid, decimal> { [Electrician] = 7, [Welder] = 9 });
    }

    [Fact]
    public void Best_totals_sum_each_organizations_best_n_and_categories_can_be_left_out()
    {
        var rows = TeamStandings.Rank(new TeamStandingsRule(TeamRule.BestTotals, [], 1, []), Boards);
        rows.Select(r => (r.Organization, r.Total)).ShouldBe([("供电公司", 95m), ("建工集团", 90m), ("ＡＢＣ", 80m), ("路桥公司", 79m)]);
        var welders = TeamStandings.Rank(new TeamStandingsRule(TeamRule.BestTotals, [], 2, [Welder]), Boards);
        welders.Select(r => (r.Rank, r.Organization, r.Total)).ShouldBe([(1, "ＡＢＣ", 140m), (2, "建工集团", 88m), (3, "路桥公司", 79m)]);
    }

    [Fact]
    public void A_rule_is_checked_and_its_categories_must_be_the_contests()
    {
        ContestSpec().Given(World.Created, World.ElectricianAdded).When(new SetTeamStandings(World.Contest, new TeamStandingsRule(TeamRule.Placing, [], 0, []), World.Now))
            .ThenFails<InvalidCommand>("points gives the placing points");
        ContestSpec().Given(World.Created, World.ElectricianAdded).When(new SetTeamStandings(World.Contest, new TeamStandingsRule(TeamRule.BestTotals, [], 0, []), World.Now))
            .ThenFails<InvalidCommand>("best is how many");
        ContestSpec().Given(World.Created, World.ElectricianAdded).When(new SetTeamStandings(World.Contest, new TeamStandingsRule(TeamRule.BestTotals, [], 3, [Welder]), World.Now))
            .ThenFails<NotFound>("categoryIds");
        var rule = new TeamStandingsRule(TeamRule.Placing, [9, 7, 5], 0, [World.Electrician]);
        ContestSpec().Given(World.Created, World.ElectricianAdded).When(new SetTeamStandings(World.Contest, rule, World.Now))
            .Then(new TeamStandingsSet(World.Contest, rule, World.Now));
    }

    static Spec<ContestCommand, ContestState> ContestSpec() => World.ContestSpec();
}
