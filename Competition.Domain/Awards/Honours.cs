using Competition.Domain.Entries;
using Competition.Domain.Scoring;

namespace Competition.Domain.Awards;

/// <summary>An entry as honours see it: its people (its members with their details; an individual entry without members is
/// its entrant, by the entry's name).</summary>
public sealed record HonourEntry(Guid EntryId, string Name, string Organization, IReadOnlyList<Member> People);

/// <summary>One honour of one person: the entry's <paramref name="Person"/> (a member's name), the rule that granted it (its
/// index in the category's rules and its description), a title or a recommended grade, the entry's rank and award tier.
/// <paramref name="PersonId"/> is the organizer's id of the person, never in a public answer.</summary>
public sealed record GrantedHonour(
    Guid EntryId, string EntryName, string Organization, string Person, string? PersonId, int RuleIndex, string Rule, string? Title,
    Grade? Grade, int Rank, string? Tier);

public static class Honours
{
    public const int MaxRules = 20;

    /// <summary>
    /// The honours a confirmed result grants. A rank rule reaches every entry ranked K or better (entries tied at the
    /// boundary all do: ranks 1, 2, 2 with top 2 are three entries); a tier rule every entry whose confirmed award is of
    /// its tiers. Conditions hold per person: the age is <paramref name="year"/> − birth year, and a missing birth year,
    /// sex or group fails the condition on it. A grade is recommended unless the person already holds it or higher: then
    /// the next grade above what they hold, and none above 高级技师. The same title or grade for one person from two rules
    /// is granted once, by the first.
    /// </summary>
    public static IReadOnlyList<GrantedHonour> Grant(
        IReadOnlyList<HonourRule> rules, IReadOnlyList<RankedRow> ranking, IReadOnlyList<ProposedAward> awards,
        IReadOnlyList<HonourEntry> entries, int year)
    {
        var tierOf = awards.ToDictionary(a => a.EntryId, a => a.Tier);
        var byId = entries.ToDictionary(e => e.EntryId);
        var granted = new List<GrantedHonour>();
        var seen = new HashSet<(Guid Entry, int Person, string What)>();
        foreach (var row in ranking)
        {
            if (!byId.TryGetValue(row.EntryId, out var entry)) continue;
            var tier = tierOf.GetValueOrDefault(row.EntryId);
            var people = entry.People.Count > 0 ? entry.People : [new Member(entry.Name)];
            for (var index = 0; index < rules.Count; index++)
            {
                var rule = rules[index];
                if (!Reaches(rule, row.Rank, tier, people.Count)) continue;
                for (var p = 0; p < people.Count; p++)
                {
                    var person = people[p];
                    if (!Holds(rule, person, year)) continue;
                    var grade = rule.Grade is { } g ? Recommended(g, person.Grade) : null;
                    if (rule.Title is null && grade is null) continue;
                    if (!seen.Add((entry.EntryId, p, rule.Title ?? $"grade:{grade}"))) continue;
                    granted.Add(new GrantedHonour(entry.EntryId, entry.Name, entry.Organization, person.Name, person.PersonId, index,
                        rule.Describe(), rule.Title, grade, row.Rank, tier));
                }
            }
        }
        return granted;
    }

    /// <summary>The grade to recommend for <paramref name="rule"/>'s grade to one who holds <paramref name="held"/>.</summary>
    public static Grade? Recommended(Grade rule, Grade? held) =>
        held is not { } h || h < rule ? rule
        : h < Grade.SeniorTechnician ? h + 1
        : null;

    static bool Reaches(HonourRule rule, int rank, string? tier, int members) =>
        rule.Tiers is { Count: > 0 } tiers
            ? tier is not null && tiers.Contains(tier)
            : rule.TopFor(members) is { } k && rank <= k;

    static bool Holds(HonourRule rule, Member person, int year)
    {
        var age = year - person.BirthYear;
        if (rule.MaxAge is { } max && !(age <= max)) return false;
        if (rule.MinAge is { } min && !(age >= min)) return false;
        if (rule.Sex is { } sex && person.Sex != sex) return false;
        return rule.Groups is not { Count: > 0 } groups
            || person.Group is { } group && groups.Any(g => string.Equals(g.Trim(), group.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Field errors of a set of rules (empty when usable); <paramref name="policy"/> is the category's award policy,
    /// whose tiers a tier rule names.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(IReadOnlyList<HonourRule> rules, AwardPolicy? policy)
    {
        var errors = new Dictionary<string, List<string>>();
        void Invalid(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        if (rules.Count > MaxRules) Invalid("rules", $"Give at most {MaxRules} honour rules");
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var at = $"rules[{i}]";
            if (string.IsNullOrWhiteSpace(rule.Title) == (rule.Grade is null))
                Invalid(at, $"{at} grants either a title or a grade: give exactly one of them");
            var byRank = rule.Top is not null || rule.TopByTeamSize is { Count: > 0 };
            if (byRank == rule.Tiers is { Count: > 0 })
                Invalid(at, $"{at} reaches entries either by rank (top, topByTeamSize) or by award tier (tiers): give exactly one of them");
            var top = $"{at}.top";
            if (rule.Top is < 1 or > AwardPolicy.MaxCount) Invalid(top, $"{top} must be a whole number from 1 to {AwardPolicy.MaxCount}");
            foreach (var (members, k) in rule.TopByTeamSize ?? new Dictionary<int, int>())
                if (members is < 1 or > 100 || k is < 1 or > AwardPolicy.MaxCount)
                    Invalid($"{at}.topByTeamSize", $"{at}.topByTeamSize maps a member count (1 to 100) to a top K (1 to {AwardPolicy.MaxCount}), e.g. {{\"2\": 3, \"3\": 2}}");
            if (rule.Tiers is { Count: > 0 } tiers && policy is null)
                Invalid($"{at}.tiers", $"{at}.tiers names award tiers, and the category has no award policy yet: set it first");
            else if (rule.Tiers is { Count: > 0 } named && policy is not null)
            {
                var known = policy.Tiers.Select(t => t.Name).ToList();
                var unknown = named.Where(t => !known.Contains(t)).ToList();
                var names = string.Join(", ", unknown);
                var policyTiers = string.Join(", ", known);
                if (unknown.Count > 0) Invalid($"{at}.tiers", $"{at}.tiers names {names}, not a tier of the category's award policy ({policyTiers})");
            }
            if (rule.MinAge is < 0 or > 150 || rule.MaxAge is < 0 or > 150)
                Invalid(at, $"{at}: minAge and maxAge are ages in whole years, from 0 to 150");
            else if (rule.MinAge > rule.MaxAge) Invalid(at, $"{at}: minAge is above maxAge, so no one would be reached");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
