namespace Competition.Api.Plumbing;

/// Honours (荣誉): the rules that turn confirmed results into titles and grade recommendations.
static partial class ProblemTextsZhCn
{
    public static readonly string[][] Honours =
    [
        ["The honour rules are not valid", "荣誉规则有误"],
        ["Give at most {max} honour rules", "荣誉规则最多 {max} 条"],
        ["{at} grants either a title or a grade: give exactly one of them", "{at} 授予称号（title）或推荐等级（grade）：须且只能填写其中一项"],
        ["{at} reaches entries either by rank (top, topByTeamSize) or by award tier (tiers): give exactly one of them",
            "{at} 按名次（top、topByTeamSize）或按奖项等级（tiers）确定授予对象：须且只能选择其中一种"],
        ["{at}.topByTeamSize maps a member count (1 to 100) to a top K (1 to {max}), e.g. {\"2\": 3, \"3\": 2}",
            "{at}.topByTeamSize 为队员人数（1 到 100）与前 K 名（1 到 {max}）的对应，例如 {\"2\": 3, \"3\": 2}"],
        ["{at}.tiers names award tiers, and the category has no award policy yet: set it first", "{at}.tiers 填写的是奖项等级，但本赛项还没有奖项方案：请先设置奖项方案"],
        ["{at}.tiers names {names}, not a tier of the category's award policy ({tiers})", "{at}.tiers 中的 {names} 不是本赛项奖项方案中的等级（{tiers}）"],
        ["{at}: minAge and maxAge are ages in whole years, from 0 to 150", "{at}：minAge 和 maxAge 为周岁，须在 0 到 150 之间"],
        ["{at}: minAge is above maxAge, so no one would be reached", "{at}：minAge 大于 maxAge，没有人能符合条件"],
        ["Awards of category {name} are confirmed and its honours were granted on the rules then in force; they can no longer change",
            "赛项「{name}」的获奖名单已确认，荣誉已按当时的规则授予，规则不能再修改"],
        ["rules is required: a list of honour rules (an empty list clears them)", "rules 为必填项：荣誉规则列表（空列表表示清除规则）"],
        ["{at} must be an object, e.g. {\"title\": \"全国技术能手\", \"top\": 5}", "{at} 须为对象，例如 {\"title\": \"全国技术能手\", \"top\": 5}"],
        ["{field} is keyed by member counts, e.g. {\"2\": 3, \"3\": 2}", "{field} 的键须为队员人数，例如 {\"2\": 3, \"3\": 2}"],
        ["{field} has at most 20 names", "{field} 最多 20 项"],
    ];
}
