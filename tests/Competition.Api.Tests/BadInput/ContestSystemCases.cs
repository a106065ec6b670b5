using static Competition.Api.Tests.BadInput.BadCase;

namespace Competition.Api.Tests.BadInput;

/// <summary>Bad requests to the contest system's routes (v1.1): statistics, team standings, promotion, honours.</summary>
public static class ContestSystemCases
{
    const string C = "/api/contests/{c}";

    public static readonly Dictionary<string, BadCase> All = new()
    {
        ["statistics: no token"] = Get("/api/statistics", "none", 401),
        ["statistics: organizer token"] = Get("/api/statistics", "org", 403),
        ["statistics: level not an option"] = Get("/api/statistics?level=township", "admin", 400),
        ["statistics: from not a date"] = Get("/api/statistics?from=1.3.2026", "admin", 400),
        ["team standings: rule not an option"] = Put(C + "/team-standings", "org", """{"rule":"medals"}""", 400, true),
        ["team standings: no placing points"] = Put(C + "/team-standings", "org", """{"rule":"placing","points":[]}""", 400, true),
        ["team standings: best not whole"] = Put(C + "/team-standings", "org", """{"rule":"bestTotals","best":1.5}""", 400),
        ["team standings: unknown category"] = Put(C + "/team-standings", "org", """{"rule":"bestTotals","best":2,"categoryIds":["{x}"]}""", 404),
        ["team standings: judge token"] = Put(C + "/team-standings", "examinerToken", """{"rule":"bestTotals","best":2}""", 403),
        ["team standings: no token"] = Put(C + "/team-standings", "none", """{"rule":"bestTotals","best":2}""", 401),
        ["team standings: none set"] = Get(C + "/team-standings", "none", 404),

        ["promotion: parentCategoryId missing"] = Put(C + "/categories/{cat}/promotion", "org", """{"top":3}""", 400, true),
        ["promotion: parentCategoryId not an id"] = Put(C + "/categories/{cat}/promotion", "org", """{"parentCategoryId":"city","top":3}""", 400, true),
        ["promotion: top missing"] = Put(C + "/categories/{cat}/promotion", "org", """{"parentCategoryId":"{x}"}""", 400, true),
        ["promotion: top not whole"] = Put(C + "/categories/{cat}/promotion", "org", """{"parentCategoryId":"{x}","top":2.5}""", 400),
        ["promotion: contest has no parent"] = Put(C + "/categories/{cat}/promotion", "org", """{"parentCategoryId":"{x}","top":3}""", 409),
        ["promotion: unknown category"] = Put(C + "/categories/{x}/promotion", "org", """{"parentCategoryId":"{x}","top":3}""", 404),
        ["promotion: judge token"] = Put(C + "/categories/{cat}/promotion", "examinerToken", """{"parentCategoryId":"{x}","top":3}""", 403),
        ["promotion: no token"] = Post(C + "/categories/{cat}/promotion/propose", "none", null, 401),
        ["promotion: propose without a rule"] = Post(C + "/categories/{cat}/promotion/propose", "org", null, 409),
        ["promotion: decline entryId not an id"] = Post(C + "/categories/{cat}/promotion/decline", "org", """{"entryId":"Ann"}""", 400, true),
        ["promotion: decline without a proposal"] = Post(C + "/categories/{cat}/promotion/decline", "org", """{"entryId":"{ann}"}""", 409),
        ["promotion: confirm without a parent"] = Post(C + "/categories/{cat}/promotion/confirm", "org", null, 409),
        ["promotion: none for an unknown category"] = Get(C + "/categories/{x}/promotion", "none", 404),
        ["honours: rules missing"] = Put(C + "/categories/{cat}/honours", "org", "{}", 400, true),
        ["honours: a rule is null"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[null]}""", 400, true),
        ["honours: title and grade"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"技术能手","grade":"technician","top":5}]}""", 400, true),
        ["honours: grade not an option"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"grade":"master","top":5}]}""", 400, true),
        ["honours: sex not an option"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"巾帼建功标兵","top":5,"sex":"f"}]}""", 400, true),
        ["honours: neither rank nor tiers"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"技术能手"}]}""", 400, true),
        ["honours: both rank and tiers"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"技术能手","top":5,"tiers":["一等奖"]}]}""", 400, true),
        ["honours: top 0"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"技术能手","top":0}]}""", 400, true),
        ["honours: top not whole"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"技术能手","top":1.5}]}""", 400),
        ["honours: team size not a count"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"技术能手","topByTeamSize":{"two":3}}]}""", 400, true),
        ["honours: team size 0"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"技术能手","topByTeamSize":{"0":3}}]}""", 400, true),
        ["honours: tier not in the policy"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"grade":"technician","tiers":["金奖"]}]}""", 400, true),
        ["honours: ages the wrong way round"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"青年岗位能手","top":3,"minAge":40,"maxAge":35}]}""", 400, true),
        ["honours: age out of range"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"title":"青年岗位能手","top":3,"maxAge":200}]}""", 400, true),
        ["honours: blank tier name"] = Put(C + "/categories/{cat}/honours", "org", """{"rules":[{"grade":"technician","tiers":[" "]}]}""", 400, true),
        ["honours: unknown category"] = Put(C + "/categories/{x}/honours", "org", """{"rules":[{"title":"技术能手","top":5}]}""", 404),
        ["honours: judge token"] = Put(C + "/categories/{cat}/honours", "examinerToken", """{"rules":[]}""", 403),
        ["honours: no token"] = Put(C + "/categories/{cat}/honours", "none", """{"rules":[]}""", 401),
        ["honours: unknown contest"] = Get("/api/contests/{x}/honours", "none", 404),
    };
}
