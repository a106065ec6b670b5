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
        ["This contest has no team standings rule yet; set one with PUT …/team-standings", "本赛事还没有团体总分规则：请先用 PUT …/team-standings 设置"],
        ["The rule must be placing or bestTotals", "规则须为 placing（名次积分）或 bestTotals（最好成绩之和）"],
        ["points gives the placing points of ranks 1, 2, 3…: 1 to 100 numbers from 0 to 1000, with at most 2 decimals", "points 为第 1、2、3… 名的名次积分：1 到 100 个 0 到 1000 之间的数，最多 2 位小数"],
        ["best is how many of an organization's totals count: a whole number from 1 to 100", "best 为每个单位计入的最好成绩个数：1 到 100 的整数"],
        ["A category of categoryIds is not in this contest", "categoryIds 中有不属于本赛事的赛项"],
    ];
}
