namespace Competition.Api.Plumbing;

/// Promotion between contest levels (选拔晋级).
static partial class ProblemTextsZhCn
{
    public static readonly string[][] Promotion =
    [
        ["Promotion from this category is already confirmed; its rule can no longer change", "本赛项的晋级已确认，晋级规则不能再改"],
        ["Promotion from this category is already confirmed", "本赛项的晋级已确认"],
        ["Set the category's promotion rule (PUT …/promotion) before proposing", "请先设置本赛项的晋级规则（PUT …/promotion），再提出晋级名单"],
        ["Promotion needs the category's awards confirmed", "本赛项的奖项确认后才能晋级"],
        ["Promotion from this category is confirmed; the entry is registered in the parent contest, whose organizer can withdraw it",
            "本赛项的晋级已确认：该选手已报名上级赛事，如需退出请由上级赛事组织者办理"],
        ["There is no promotion proposal yet; propose first", "还没有晋级名单：请先提出"],
        ["This entry is not a candidate for promotion from this category", "该参赛者不在本赛项的晋级候选名单中"],
        ["There is no promotion proposal to confirm; propose first", "没有可确认的晋级名单：请先提出"],
        ["The promotion rule changed after the proposal; propose again", "晋级规则在提出名单后有改动：请重新提出晋级名单"],
        ["No entry qualifies under the promotion rule; there is nothing to confirm", "按晋级规则没有人晋级，无可确认"],
        ["This contest selects for no other: create it with a parentId to promote from it", "本赛事不为任何上级赛事选拔：创建时填写 parentId 才能晋级"],
        ["top is how many go up: a whole number from 1 to {max}", "top 为晋级人数：1 到 {max} 的整数"],
        ["quotaPerOrganization is how many of one organization may go up: a whole number from 1 to {max}", "quotaPerOrganization 为每个单位的晋级名额：1 到 {max} 的整数"],
        ["minTotal must be between 0 and 1000000", "minTotal（最低总分）须在 0 到 1000000 之间"],
        ["The parent contest has no category parentCategoryId", "上级赛事没有 parentCategoryId 所指的赛项"],
        ["The parent's category {parent} takes {parentType} entries and this one {type} entries", "上级赛项「{parent}」的参赛形式为 {parentType}，本赛项为 {type}，二者须相同"],
        ["The parent contest no longer has the rule's category; set the rule again", "上级赛事已没有晋级规则中的赛项：请重新设置晋级规则"],
        ["Registration of the parent contest {parent} is not open; its organizer opens it to receive the qualifiers", "上级赛事「{parent}」未开放报名：请其组织者开放报名后再确认晋级"],
        ["{entry} is no longer approved in this contest; propose again", "「{entry}」在本赛事已不是审核通过的参赛者：请重新提出晋级名单"],
    ];
}
