using Competition.Domain.Entries;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

/// <summary>Worked examples of <see cref="Honours.Grant"/> after the rules the research found (contest-rules.md §1.5): the
/// national final's top 5 → 全国技术能手 (top 3 of two-person teams, top 2 of three-person ones), 优胜奖 or better → 技师 and a
/// holder → 高级技师, a winner aged ≤ 35 → 青年岗位能手, a woman → 巾帼建功标兵, the 1st who is a worker → 五一劳动奖章.</summary>
public class HonoursSpecs
{
    const int Year = 2026;

    static Guid Id(int n) => Guid.Parse($"e0000000-0000-0000-0000-{n:D12}");

    static RankedRow Row(int rank, int n) => new(rank, Id(n), 100 - n, new Dictionary<Guid, decimal>());

    static HonourEntry Solo(int n, Member? person = null) => new(Id(n), $"Entrant {n}", "Grid Works", person is null ? [] : [person]);

    static HonourEntry Team(int n, params Member[] people) => new(Id(n), $"Team {n}", "Grid Works", people);

    static IReadOnlyList<RankedRow> Ranks(params int[] ranks) => [.. ranks.Select((r, i) => Row(r, i + 1))];

    [Fact]
    public void The_top_five_are_made_technical_experts_and_the_sixth_is_not()
    {
        var rule = new HonourRule(Title: "全国技术能手", Top: 5);
        var entries = Enumerable.Range(1, 7).Select(n => Solo(n)).ToList();
        var granted = Honours.Grant([rule], Ranks(1, 2, 3, 4, 5, 6, 7), [], entries, Year);
        granted.Select(h => h.EntryId).ShouldBe([Id(1), Id(2), Id(3), Id(4), Id(5)]);
        // An individual entry without members is its entrant, by the entry's name.
        granted[0].Person.ShouldBe("Entrant 1");
        (granted[0].Title, granted[0].Grade, granted[0].RuleIndex, granted[0].Rank).ShouldBe(("全国技术能手", (Grade?)null, 0, 1));
        granted[0].Rule.ShouldBe("全国技术能手: top 5");
    }

    [Fact]
    public void Two_person_teams_reach_the_top_three_and_three_person_teams_the_top_two_each_member_honoured()
    {
        var rule = new HonourRule(Title: "全国技术能手", Top: 5, TopByTeamSize: new Dictionary<int, int> { [2] = 3, [3] = 2 });
        Member[] Pair(int n) => [new($"A{n}"), new($"B{n}")];
        Member[] Trio(int n) => [new($"A{n}"), new($"B{n}"), new($"C{n}")];
        var pairs = Enumerable.Range(1, 5).Select(n => Team(n, Pair(n))).ToList();
        Honours.Grant([rule], Ranks(1, 2, 3, 4, 5), [], pairs, Year).Select(h => h.Person).ShouldBe(["A1", "B1", "A2", "B2", "A3", "B3"]);
        var trios = Enumerable.Range(1, 5).Select(n => Team(n, Trio(n))).ToList();
        Honours.Grant([rule], Ranks(1, 2, 3, 4, 5), [], trios, Year).Select(h => h.Person).ShouldBe(["A1", "B1", "C1", "A2", "B2", "C2"]);
        // A member count the map does not name (a four-person team) takes top.
        var fours = Enumerable.Range(1, 6).Select(n => Team(n, [.. Trio(n), new($"D{n}")])).ToList();
        Honours.Grant([rule], Ranks(1, 2, 3, 4, 5, 6), [], fours, Year).Select(h => h.EntryId).Distinct().Count().ShouldBe(5);
        rule.Describe().ShouldBe("全国技术能手: top 5 (2 members: top 3, 3 members: top 2)");
    }

    [Fact]
    public void Entries_tied_at_the_boundary_of_the_top_k_all_get_it()
    {
        var rule = new HonourRule(Title: "市技术能手", Top: 2);
        var entries = Enumerable.Range(1, 4).Select(n => Solo(n)).ToList();
        Honours.Grant([rule], Ranks(1, 2, 2, 4), [], entries, Year).Select(h => h.EntryId).ShouldBe([Id(1), Id(2), Id(3)]);
        Honours.Grant([rule], Ranks(1, 1, 1, 4), [], entries, Year).Count.ShouldBe(3);
        Honours.Grant([rule], Ranks(1, 2, 3, 3), [], entries, Year).Count.ShouldBe(2);
    }

    [Fact]
    public void A_tier_rule_recommends_its_grade_and_a_holder_of_it_the_next_one()
    {
        var rule = new HonourRule(Grade: Grade.Technician, Tiers: ["一等奖", "二等奖", "优胜奖"]);
        ProposedAward[] awards = [new(Id(1), "一等奖", 1, 99), new(Id(2), "优胜奖", 2, 98), new(Id(3), "优胜奖", 3, 97)];
        var entries = new[]
        {
            Solo(1, new Member("Wang", Grade: Grade.Advanced)),
            Solo(2, new Member("Li", Grade: Grade.Technician)),
            Solo(3, new Member("Zhao", Grade: Grade.SeniorTechnician)),
            Solo(4, new Member("Sun")),
        };
        var granted = Honours.Grant([rule], Ranks(1, 2, 3, 4), awards, entries, Year);
        // Zhao already holds the top grade: nothing above it. Sun has no award.
        granted.Select(h => (h.Person, h.Grade, h.Tier)).ShouldBe([
            ("Wang", (Grade?)Grade.Technician, (string?)"一等奖"),
            ("Li", Grade.SeniorTechnician, "优胜奖"),
        ]);
        granted.ShouldAllBe(h => h.Title == null);
        Honours.Recommended(Grade.Technician, null).ShouldBe(Grade.Technician);
        Honours.Recommended(Grade.Advanced, Grade.Technician).ShouldBe(Grade.SeniorTechnician);
    }

    [Fact]
    public void Age_and_sex_conditions_hold_per_person_and_a_missing_detail_fails_them()
    {
        HonourRule[] rules =
        [
            new(Title: "青年岗位能手", Top: 3, MaxAge: 35),
            new(Title: "巾帼建功标兵", Top: 3, Sex: Sex.Female),
        ];
        var team = Team(1,
            new Member("Young", Sex.Male, BirthYear: Year - 35),
            new Member("Older", Sex.Female, BirthYear: Year - 36),
            new Member("Unknown"));
        var granted = Honours.Grant(rules, Ranks(1), [], [team], Year);
        granted.Select(h => (h.Person, h.Title)).ShouldBe([("Young", (string?)"青年岗位能手"), ("Older", "巾帼建功标兵")]);
        granted.Select(h => h.RuleIndex).ShouldBe([0, 1]);
        var veterans = new HonourRule(Title: "老将奖", Top: 3, MinAge: 50);
        Honours.Grant([veterans], Ranks(1), [], [team], Year).ShouldBeEmpty();
    }

    [Fact]
    public void The_first_who_is_a_worker_is_recommended_for_the_may_day_medal_and_a_student_is_not()
    {
        var rule = new HonourRule(Title: "五一劳动奖章（推荐）", Top: 1, Groups: ["职工"]);
        var worker = Solo(1, new Member("Worker", Group: "职工"));
        var student = Solo(1, new Member("Student", Group: "学生"));
        Honours.Grant([rule], Ranks(1, 2), [], [worker, Solo(2, new Member("Second", Group: "职工"))], Year)
            .Select(h => h.Person).ShouldBe(["Worker"]);
        Honours.Grant([rule], Ranks(1), [], [student], Year).ShouldBeEmpty();
        Honours.Grant([rule], Ranks(1), [], [Solo(1)], Year).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_title_from_two_rules_is_granted_once_by_the_first()
    {
        HonourRule[] rules = [new(Title: "技术能手", Top: 5), new(Title: "技术能手", Tiers: ["一等奖"]), new(Grade: Grade.Technician, Top: 1)];
        var granted = Honours.Grant(rules, Ranks(1), [new(Id(1), "一等奖", 1, 99)], [Solo(1)], Year);
        granted.Select(h => (h.RuleIndex, h.Title, h.Grade)).ShouldBe([(0, (string?)"技术能手", (Grade?)null), (2, null, Grade.Technician)]);
    }

    [Fact]
    public void Rules_are_checked_field_by_field()
    {
        var policy = new AwardPolicy([new("一等奖", Count: 1)], 0);
        HonourRule[] rules =
        [
            new(Title: "A", Grade: Grade.Technician, Top: 1),
            new(Title: "B"),
            new(Title: "C", Top: 0),
            new(Title: "D", Tiers: ["金奖"]),
            new(Title: "E", TopByTeamSize: new Dictionary<int, int> { [0] = 3 }),
            new(Title: "F", Top: 1, MinAge: 40, MaxAge: 35),
        ];
        var errors = Honours.Validate(rules, policy);
        errors.Keys.ShouldBe(["rules[0]", "rules[1]", "rules[2].top", "rules[3].tiers", "rules[4].topByTeamSize", "rules[5]"], ignoreOrder: true);
        errors["rules[3].tiers"].Single().ShouldContain("金奖");
        Honours.Validate([new(Title: "ok", Top: 5, TopByTeamSize: new Dictionary<int, int> { [2] = 3 })], null).ShouldBeEmpty();
        Honours.Validate([.. Enumerable.Repeat(new HonourRule(Title: "x", Top: 1), 21)], null).Keys.ShouldBe(["rules"]);
    }
}
