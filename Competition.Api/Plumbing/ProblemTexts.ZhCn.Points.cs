namespace Competition.Api.Plumbing;

/// Points contests (积分制): the reasons table, grants and the end of the season.
static partial class ProblemTextsZhCn
{
    public static readonly string[][] Points =
    [
        ["Only a points contest (kind points) has reasons, grants and a season to finish", "只有积分制赛事（kind 为 points）才有积分事由、积分登记和赛季结束"],
        ["The contest is finished; its reasons table can no longer change", "赛事已结束，积分事由表不能再修改"],
        ["The reason needs a code", "请填写积分事由代码"],
        ["A reason's code is 1 to {max} characters of plain text", "积分事由代码须为 1 到 {max} 个字符的纯文本"],
        ["The reason needs a name", "请填写积分事由名称"],
        ["A reason is worth points: above 0, or below 0 for a deduction", "积分事由须有分值：加分大于 0，扣分小于 0"],
        ["A reason's points are a number with at most 2 decimals, from -{max} to {max2}", "积分事由的分值须为最多两位小数的数，范围 -{max} 到 {max2}"],
        ["A reason's cap per entry is above 0 and at most {max}, with at most 2 decimals", "每个参赛单位的积分上限须大于 0、不超过 {max}，最多两位小数"],
        ["Category {category} already has a reason with code {code}", "赛项「{category}」已有代码为「{code}」的积分事由：请换一个代码"],
        ["This reason already exists", "该积分事由已存在"],
        ["This grant already exists", "该积分记录已存在"],
        ["Grant not found in this contest", "本赛事中没有该积分记录：请刷新后重试"],
        ["Only the organizer or a judge appointed to category {category} may grant its entries points", "只有组织方或赛项「{category}」的裁判才能为其参赛者登记积分"],
        ["The contest is finished; points can no longer be granted", "赛事已结束，不能再登记积分"],
        ["The entry is {entryStatus}; only approved entries are granted points", "该参赛者{entryStatus}，只有审核通过的参赛者才能登记积分"],
        ["Category {category} has no reason with code {code}", "赛项「{category}」没有代码为「{code}」的积分事由：请先在积分事由表中添加"],
        ["Give the reason for revoking the grant", "请填写撤销该积分记录的原因"],
        ["The contest is finished; its standings are final and grants can no longer be revoked", "赛事已结束，积分榜已为最终结果，积分记录不能再撤销"],
        ["points must not be 0: a reason is worth points, or below 0 a deduction", "points 不能为 0：加分为正数，扣分为负数"],
        ["capPerEntry must be above 0 when given", "capPerEntry 如填写须大于 0"],
        ["The contest must be finished before awards are proposed", "赛事结束后才能生成拟获奖名单：请先结束赛事"],
        ["The CSV needs the header line: entry,reason,quantity,occurredOn,note (or 单位,事由,数量,日期,备注)", "CSV 须有表头行：单位,事由,数量,日期,备注（或 entry,reason,quantity,occurredOn,note）"],
        ["The CSV has no grants", "CSV 中没有积分数据行"],
        ["{count} entries are named {name}; give the entry's id instead", "有 {count} 个参赛单位名为「{name}」：请改填编号"],
        ["No entry named {name} in this contest", "本赛事中没有名为「{name}」的参赛单位"],
    ];
}
