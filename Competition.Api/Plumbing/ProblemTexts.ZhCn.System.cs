namespace Competition.Api.Plumbing;

/// The contest system (v1.1): levels and parents.
static partial class ProblemTextsZhCn
{
    public static readonly string[][] ContestSystem =
    [
        ["The parent contest (parentId) was not found", "未找到上级赛事（parentId）：请检查赛事 id"],
        ["level is required with parentId: the parent's level must be above it", "填写 parentId 时须填写 level：上级赛事的级别须高于本赛事"],
        ["The parent contest {parent} has no level, so no contest can select for it", "上级赛事「{parent}」没有级别，不能为其选拔"],
        ["The parent contest {parent} is at level {parentLevel}; it must be above {level}", "上级赛事「{parent}」的级别为 {parentLevel}，须高于 {level}"],
        ["A contest cannot be its own parent", "赛事不能以自身为上级赛事"],
        ["The level must be enterprise, county, city, province or national", "级别须为 enterprise（企业）、county（区县）、city（市）、province（省）或 national（全国）"],
        ["A member's birthYear must be between 1900 and {year}", "成员的出生年份须在 1900 到 {year} 之间"],
        ["{field} must be a name or an object with a name", "{field} 须为姓名，或带 name 的对象"],
        ["{member}.{field} must be text", "{member}.{field} 须为文字"],
        ["{member}.birthYear must be a year, e.g. 1990", "{member}.birthYear 须为年份，例如 1990"],
    ];
}
