using System.Text.Json;
using Competition.Api.Plumbing;
using Competition.Domain.Entries;

namespace Competition.Api.Entries;

/// The body's <c>members</c>: each a name, or an object <c>{name, sex?, birthYear?, group?, personId?, grade?}</c>.
public static class MemberDetails
{
    public static IReadOnlyList<Member> Read(IReadOnlyList<JsonElement>? members, RequestCheck check)
    {
        members ??= [];
        check.Rule(members.Count <= RegisterEntryEndpoint.MaxMembers, "members", $"At most {RegisterEntryEndpoint.MaxMembers} members");
        return [.. members.Select((m, i) => One(m, check, $"members[{i}]"))];
    }

    static Member One(JsonElement member, RequestCheck check, string at)
    {
        if (member.ValueKind == JsonValueKind.String) return new Member(check.Text(member.GetString(), at));
        if (member.ValueKind != JsonValueKind.Object)
        {
            check.Rule(false, at, $"{at} must be a name or an object with a name");
            return new Member("");
        }
        string? Text(string field, int max = RequestCheck.MaxText) =>
            member.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
                ? value.ValueKind == JsonValueKind.String ? check.OptionalText(value.GetString(), $"{at}.{field}", max) : Fail($"{at}.{field}", $"{at}.{field} must be text")
                : null;
        string? Fail(string field, string message)
        {
            check.Rule(false, field, message);
            return null;
        }
        var name = check.Text(Text("name"), $"{at}.name");
        Sex? sex = Text("sex") is { } s ? check.OneOf<Sex>(s, $"{at}.sex") : null;
        int? birthYear = null;
        if (member.TryGetProperty("birthYear", out var year) && year.ValueKind != JsonValueKind.Null)
        {
            if (year.ValueKind == JsonValueKind.Number && year.TryGetInt32(out var y)) birthYear = y;
            else Fail($"{at}.birthYear", $"{at}.birthYear must be a year, e.g. 1990");
        }
        Grade? grade = Text("grade") is { } g ? check.OneOf<Grade>(g, $"{at}.grade") : null;
        return new Member(name, sex, birthYear, Text("group", 50), Text("personId", 100), grade);
    }
}
