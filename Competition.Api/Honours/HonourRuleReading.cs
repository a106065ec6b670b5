using Competition.Api.Plumbing;
using Competition.Domain.Awards;
using Competition.Domain.Entries;

namespace Competition.Api.Honours;

/// A rule of the body read field by field; what makes a set of rules usable (exactly one of title and grade, of rank and
/// tiers, tiers of the award policy) is the Domain's (<see cref="Domain.Awards.Honours.Validate"/>).
static class HonourRuleReading
{
    public static HonourRule Read(HonourRuleRequest? rule, string at, RequestCheck check)
    {
        if (rule is null)
        {
            check.Rule(false, at, $"{at} must be an object, e.g. {{\"title\": \"全国技术能手\", \"top\": 5}}");
            return new HonourRule();
        }
        Grade? grade = rule.Grade is null ? null : check.OneOf<Grade>(rule.Grade, $"{at}.grade");
        Sex? sex = rule.Sex is null ? null : check.OneOf<Sex>(rule.Sex, $"{at}.sex");
        var bySize = new Dictionary<int, int>();
        foreach (var (key, top) in rule.TopByTeamSize ?? [])
        {
            var field = $"{at}.topByTeamSize";
            if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var members))
                bySize[members] = top;
            else check.Rule(false, field, $"{field} is keyed by member counts, e.g. {{\"2\": 3, \"3\": 2}}");
        }
        return new HonourRule(
            check.OptionalText(rule.Title, $"{at}.title", 100), grade, rule.Top, bySize.Count == 0 ? null : bySize,
            Texts(rule.Tiers, $"{at}.tiers", RequestCheck.MaxText, check), rule.MaxAge, rule.MinAge, sex, Texts(rule.Groups, $"{at}.groups", 50, check));
    }

    static IReadOnlyList<string>? Texts(IReadOnlyList<string>? values, string field, int max, RequestCheck check)
    {
        if (values is null) return null;
        check.Rule(values.Count <= 20, field, $"{field} has at most 20 names");
        return [.. values.Select((v, i) => check.Text(v, $"{field}[{i}]", max))];
    }
}
