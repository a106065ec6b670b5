namespace Competition.Api.Plumbing;

/// The Domain's refusals (Competition.Domain: the deciders and the award policy).
static partial class ProblemTextsZhCn
{
    /// Words the Domain puts into a message, by the hole they fill: an entry's or a category's awards status.
    public static readonly Dictionary<string, Dictionary<string, string>> Words = new()
    {
        ["entryStatus"] = new()
        {
            ["registered but not approved"] = "已报名、未审核通过", ["approved"] = "已审核通过", ["rejected"] = "已驳回",
            ["withdrawn"] = "已退出", ["disqualified"] = "已取消资格",
        },
        ["awardsStatus"] = new() { ["none"] = "无", ["proposed"] = "已生成拟获奖名单", ["notice"] = "公示中", ["confirmed"] = "已确认" },
    };

    public static readonly string[][] Contests =
    [
        ["This contest already exists", "该赛事已存在"],
        ["Contest not found", "未找到该赛事：请检查赛事链接"],
        ["The contest needs a name", "请填写赛事名称"],
        ["The locale must be zh-CN or en", "语言须为 zh-CN 或 en"],
        ["The kind must be skills, labour or points", "赛事类型须为 skills（技能大赛）、labour（劳动竞赛）或 points（积分制）"],
        ["Category not found in this contest", "本赛事中没有该赛项：请刷新后重试"],
        ["Stage not found in this contest", "本赛事中没有该环节：请刷新后重试"],
        ["Judge not found in this contest", "本赛事中没有该裁判：请刷新后重试"],
        ["Criterion not found in this stage", "该环节中没有该评分项：请刷新后重试"],
        ["Criterion not found in stage {stage}", "环节「{stage}」中没有该评分项：请刷新后重试"],
        ["The category needs a name", "请填写赛项名称"],
        ["The entry type must be individual or team", "参赛形式须为 individual（个人）或 team（团体）"],
        ["This category already exists", "该赛项已存在"],
        ["The contest already has a category named {name}", "本赛事已有名为「{name}」的赛项：请换一个名称"],
        ["The board must be public or hidden", "成绩榜须为 public（公开）或 hidden（隐藏）"],
        ["The stage needs a name", "请填写环节名称"],
        ["The aggregation rule must be mean, trimmedMean or median", "计分规则须为 mean（平均）、trimmedMean（去掉最高最低分后平均）或 median（中位数）"],
        ["Trim must not be negative", "去掉的分数个数（trim）不能为负数"],
        ["A stage's weight must be above 0 and at most 100", "环节权重须大于 0 且不超过 100"],
        ["Stage weights of category {category} would add up to {sum}, they must add up to 100", "赛项「{category}」的环节权重将合计 {sum}，须合计 100：请调整权重"],
        ["Stage weights of category {category} add up to {sum}, they must add up to 100 before a stage opens", "赛项「{category}」的环节权重合计 {sum}，开放环节前须合计 100：请先调整权重"],
        ["This stage already exists", "该环节已存在"],
        ["The criterion needs a name", "请填写评分项名称"],
        ["The kind must be judgement, measurement or deduction", "评分项类型须为 judgement（评判）、measurement（测量）或 deduction（扣分）"],
        ["Maximum points must be above 0", "满分须大于 0"],
        ["This criterion already exists", "该评分项已存在"],
        ["The award policy is not valid", "获奖规则有误：请按各项提示修改"],
        ["The judge needs a name", "请填写裁判姓名"],
        ["The judge's organization is needed to recuse them from its entries", "请填写裁判所在单位，以便其回避本单位的参赛者"],
        ["Name at least one category the judge works in", "请至少选择一个该裁判执裁的赛项"],
        ["Stage {stage} belongs to category {category}, which is not among the judge's categories", "环节「{stage}」属于赛项「{category}」，而该赛项不在此裁判的执裁赛项中：请先选择该赛项"],
        ["This judge is already appointed", "该裁判已委派"],
        ["The seed must be a whole number or a phrase of 1 to 100 characters", "抽签种子须为整数，或 1 到 100 个字符的短语"],
        ["The seed must be plain text, without control characters such as line breaks or tabs", "抽签种子须为纯文字，不能含换行、制表符等控制字符"],
        ["Lots for category {category} have already been drawn (seed {seed})", "赛项「{category}」已抽签（种子 {seed}）"],
        ["Category {category} has no approved entries to draw lots for", "赛项「{category}」没有审核通过的参赛者，无法抽签：请先审核通过参赛者"],
        ["Awards of category {category} are confirmed; its stages can no longer be opened", "赛项「{category}」的获奖名单已确认，其环节不能再开放"],
        ["Stage(s) {stages} of category {category} have no criteria yet; every stage needs at least one before a stage opens",
            "赛项「{category}」的环节 {stages} 还没有评分项；开放环节前，每个环节至少需要一个评分项：请先添加评分项"],
        ["Stage {stage} has only deductions; it needs a judgement or measurement criterion to score anything", "环节「{stage}」只有扣分项，须至少有一个评判或测量评分项才能计分：请添加评分项"],
        ["Stage {stage} has not been opened yet, so it cannot be closed", "环节「{stage}」尚未开放，无法关闭"],
        ["Stages of category {category} have been opened; a category that was marked cannot be removed", "赛项「{category}」已有环节开放，已评分的赛项不能删除"],
        ["Lots for category {category} have been drawn; it can no longer be removed", "赛项「{category}」已抽签，不能再删除"],
        ["Category {category} has {count} entries; reject or withdraw them first, then remove the category", "赛项「{category}」有 {count} 个参赛者：请先驳回或退出这些参赛者，再删除该赛项"],
        ["Judge(s) {judges} work only in category {category}; remove them first", "裁判 {judges} 只在赛项「{category}」执裁：请先删除这些裁判"],
        ["Stages of category {category} have been opened; its weights can no longer change, since totals were given with them", "赛项「{category}」已有环节开放，总分已按现有权重计算，权重不能再修改"],
        ["Stage {stage} has been opened; its aggregation can no longer change", "环节「{stage}」已开放，计分规则不能再修改"],
        ["Stage {stage} has been opened; a stage that was marked cannot be removed", "环节「{stage}」已开放，已评分的环节不能删除"],
        ["Judge(s) {judges} sit on stage {stage} only; remove them first", "裁判 {judges} 只在环节「{stage}」执裁：请先删除这些裁判"],
        ["Stage {stage} has been opened; its criteria can no longer change, since the marks given would be rescaled", "环节「{stage}」已开放，评分项不能再修改，否则已打的分数会被重新折算"],
        ["Stage {stage} has been opened; its criteria can no longer be removed", "环节「{stage}」已开放，评分项不能再删除"],
        ["Stages that {judge} judges have been opened; the judge's organization (who they are recused from) can no longer change", "裁判「{judge}」执裁的环节已开放，其所在单位（决定其回避哪些参赛者）不能再修改"],
        ["Stages that {judge} judges have been opened, so their sheets may hold marks; revoke the judge's token instead", "裁判「{judge}」执裁的环节已开放，其评分表中可能已有分数：请改为撤销该裁判的令牌"],
        ["Stage {stage} is not blind: its judges mark bibs, and it has no work codes", "环节「{stage}」不是盲评环节：裁判按号码评分，没有成果号"],
        ["Lots of category {category} have not been drawn yet; the work codes are drawn with them", "赛项「{category}」尚未抽签，成果号随抽签一同产生：请先抽签"],
    ];

    public static readonly string[][] Entries =
    [
        ["This entry is already registered", "该参赛者已报名"],
        ["Entry not found", "未找到该参赛者：请刷新后重试"],
        ["Entry not found in this contest", "本赛事中没有该参赛者：请刷新后重试"],
        ["Entry not found in this category", "本赛项中没有该参赛者：请刷新后重试"],
        ["Entry not found in this stage's category", "该环节所属赛项中没有该参赛者：请刷新后重试"],
        ["Lots of this entry's category have been drawn; an entry approved now would get no bib and could not be marked", "该参赛者所在赛项已抽签，现在审核通过将没有号码，也无法评分"],
        ["The entry is {entryStatus} and can no longer be approved", "该参赛者{entryStatus}，不能再审核通过"],
        ["The entry is {entryStatus}; there is nothing to withdraw", "该参赛者{entryStatus}，不能再退出"],
        ["The entry needs a name", "请填写参赛者名称"],
        ["The entry's organization is needed (judges are recused from their own)", "请填写参赛者所在单位（裁判须回避本单位的参赛者）"],
        ["A team entry needs its members' names", "团体参赛须填写队员姓名"],
        ["Registration is not open", "报名未开放：请先开放报名"],
        ["Give the reason for the rejection", "请填写驳回原因"],
        ["The entry has already drawn its bib; disqualify it instead", "该参赛者已抽取号码：请改为取消其资格"],
        ["The entry is {entryStatus} and can no longer be rejected", "该参赛者{entryStatus}，不能再驳回"],
        ["Give the reason for the disqualification", "请填写取消资格的原因"],
        ["The entry has not been approved; reject it instead", "该参赛者尚未审核通过：请改为驳回"],
        ["The entry is {entryStatus} and can no longer be disqualified", "该参赛者{entryStatus}，不能再取消资格"],
        ["Stages of the entry's category have been opened; its organization, which judges are recused by, can no longer change", "该参赛者所在赛项已有环节开放，其所在单位（裁判据此回避）不能再修改"],
        ["Bibs start at 1", "号码从 1 开始"],
        ["The entry already drew bib {bib}", "该参赛者已抽到 {bib} 号"],
        ["The entry is {entryStatus}; only approved entries draw lots", "该参赛者{entryStatus}，只有审核通过的参赛者才能抽签"],
    ];
}
