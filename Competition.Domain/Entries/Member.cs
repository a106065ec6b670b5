using System.Text.Json.Serialization;

namespace Competition.Domain.Entries;

[JsonConverter(typeof(CamelCaseEnumConverter<Sex>))]
public enum Sex { Male, Female }

/// <summary>The five grades of vocational skill (职业技能等级), lowest first: 初级工 (五级), 中级工 (四级), 高级工 (三级),
/// 技师 (二级), 高级技师 (一级). The order is the ladder honours recommend up.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Grade>))]
public enum Grade { Basic, Intermediate, Advanced, Technician, SeniorTechnician }

/// <summary>
/// A member of an entry as the organizer knows them: what honours (青年岗位能手 by age, 巾帼建功标兵 by sex) and the
/// participation figures (by <see cref="Group"/>: a new-employment group or a kind of worker) are decided on.
/// <see cref="PersonId"/> is the organizer's own id of the person (to count 人 apart from 人次 across contests); it and
/// <see cref="BirthYear"/> are for the organizer only, never on a public board, screen or answer. <see cref="Grade"/>: the
/// grade the person already holds, which a grade recommendation goes one above (organizer only, like the birth year).
/// </summary>
public sealed record Member(
    string Name, Sex? Sex = null, int? BirthYear = null, string? Group = null, string? PersonId = null, Grade? Grade = null)
{
    /// <summary>A member given by name only carries nothing more than the name.</summary>
    [JsonIgnore] public bool NameOnly => Sex is null && BirthYear is null && Group is null && PersonId is null && Grade is null;
}
