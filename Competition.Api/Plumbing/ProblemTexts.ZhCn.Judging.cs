namespace Competition.Api.Plumbing;

/// The Domain's refusals of marking, awards, the review (复核) and the reveal.
static partial class ProblemTextsZhCn
{
    public static readonly string[][] Sheets =
    [
        ["Points have at most 2 decimals", "分数最多保留 2 位小数"],
        ["Points must be between 0 and {max}", "分数须在 0 到 {max} 之间"],
        ["Stage {stage} is not open for marking", "环节「{stage}」不在评分中：如需评分，请组织方开放该环节"],
        ["The entry is not approved with a drawn bib, so it cannot be marked", "该参赛者未审核通过或未抽取号码，无法评分"],
        ["The sheet is submitted; ask the chief judge to reopen it", "评分表已提交：如需修改，请裁判长重新打开"],
        ["The sheet has no marks yet, so there is nothing to submit", "评分表还没有分数，无法提交：请先打分"],
        ["Only the chief judge of the category or the organizer can reopen a sheet", "只有本赛项的裁判长或组织方可以重新打开评分表"],
        ["Give the reason for reopening the sheet", "请填写重新打开评分表的原因"],
        ["The sheet has not been submitted, so there is nothing to reopen", "评分表尚未提交，无需重新打开"],
        ["You are not on the panel of stage {stage}", "您不在环节「{stage}」的裁判组中：请联系组织方"],
        ["You are recused from entries of your own organization", "您须回避本单位的参赛者，不能为其评分"],
    ];

    public static readonly string[][] Awards =
    [
        ["The proposal is under public notice; it can only be withdrawn by an upheld appeal", "拟获奖名单正在公示，只有申诉成立才能撤回"],
        ["Awards of this category are already confirmed", "本赛项的获奖名单已确认"],
        ["Every stage of the category must be closed before awards are proposed", "须先关闭本赛项的所有环节，才能生成拟获奖名单：请先关闭各环节"],
        ["The category's board is hidden: reveal it (or publish it) before proposing awards, so that no result is out before the ceremony",
            "本赛项的成绩榜处于隐藏状态：请先揭晓（或公开）成绩榜，再生成拟获奖名单，以免颁奖前泄露结果"],
        ["Set the category's award policy before proposing awards", "请先设置本赛项的获奖规则，再生成拟获奖名单"],
        ["Public notice lasts at least one day", "公示期至少为一天"],
        ["A stage of the category is open again; close it and propose anew before the public notice", "本赛项有环节重新开放：请关闭该环节并重新生成拟获奖名单，再进行公示"],
        ["Public notice is already open until {time}", "公示已在进行中，截止 {time}"],
        ["There is no proposal to put under public notice; propose awards first", "没有可公示的拟获奖名单：请先生成拟获奖名单"],
        ["Give the reason for the appeal", "请填写申诉理由"],
        ["The public notice period ended at {time}; appeals are closed", "公示期已于 {time} 结束，不再受理申诉"],
        ["Appeals are accepted only during public notice", "只在公示期间受理申诉"],
        ["Appeal not found in this category", "本赛项中没有该申诉：请刷新后重试"],
        ["This appeal has already been resolved", "该申诉已处理"],
        ["A stage of the category is open again; awards cannot be confirmed while it is", "本赛项有环节重新开放，在其关闭前不能确认获奖名单：请先关闭该环节"],
        ["Public notice runs until {time}; awards can be confirmed after it", "公示期至 {time}，公示结束后才能确认获奖名单"],
        ["Resolve the open appeals before confirming awards", "请先处理未结的申诉，再确认获奖名单"],
        ["The proposal must go through public notice before it is confirmed", "拟获奖名单须先经过公示才能确认：请先开始公示"],
        ["There is no proposal to confirm; propose awards first", "没有可确认的拟获奖名单：请先生成拟获奖名单"],
        ["Give the reason for revoking the award", "请填写撤销奖项的原因"],
        ["Only confirmed awards can be revoked", "只有已确认的奖项才能撤销"],
        ["This entry has no award in this category", "该参赛者在本赛项中没有获奖"],
        ["An award policy needs at least one tier", "获奖规则至少需要一个奖项等级"],
        ["The minimum score must be between 0 and 100", "最低获奖分数须在 0 到 100 之间"],
        ["Every tier needs a name", "每个奖项等级都需要名称"],
        ["Tier names must be different", "奖项等级的名称不能重复"],
        ["A tier has either a share or a count, not both", "奖项等级只能设置比例（share）或名额（count）之一，不能同时设置"],
        ["Every tier needs a share (0.1 is 10%) or a count of positions", "每个奖项等级都需要比例（0.1 表示 10%）或名额"],
        ["Use either shares or counts for all tiers, not a mix of both", "所有奖项等级须统一使用比例或统一使用名额，不能混用"],
        ["Each tier's share must be above 0 and at most 1 (0.1 is 10%)", "每个奖项等级的比例须大于 0 且不超过 1（0.1 表示 10%）"],
        ["Tier shares add up to {sum}, they may add up to at most 1", "奖项等级的比例合计 {sum}，合计最多为 1：请调小比例"],
        ["Each tier's count must be a whole number from 1 to {max}", "每个奖项等级的名额须为 1 到 {max} 的整数"],
    ];

    public static readonly string[][] Review =
    [
        ["top must be a whole number from 0 to 1000", "top 须为 0 到 1000 的整数"],
        ["share is a fraction of the other entries, from 0 to 1 (0.15 for 15%)", "share 为其余参赛者中抽取的比例，从 0 到 1（0.15 表示 15%）"],
        ["threshold is a fraction of the re-marked criteria, from 0 to 1 (0.05 for 5%)", "threshold 为复评评分项的比例，从 0 到 1（0.05 表示 5%）"],
        ["Close every stage of the category before drawing its review", "请先关闭本赛项的所有环节，再抽取复核样本"],
        ["The review is drawn before awards are proposed; this category's awards are {awardsStatus}", "复核须在生成拟获奖名单之前抽取，本赛项的获奖状态为：{awardsStatus}"],
        ["A review of this category is being re-marked ({count} criteria to go)", "本赛项的复核正在复评中（还有 {count} 个评分项）：请先完成复评"],
        ["The sample has no marks to re-check", "抽取的样本中没有可复核的分数"],
        ["No review of this category is being re-marked", "本赛项没有正在复评的复核"],
        ["This criterion of this sheet is not in the review sample", "该评分表的这一评分项不在复核样本中"],
        ["The review (复核) found {differing} of {compared} re-marked criteria different ({rate}, over {threshold}): the whole category must be re-marked. Its sheets are reopened; open its stages, re-mark, close them and draw a new review",
            "复核发现 {compared} 个复评评分项中有 {differing} 个不一致（{rate}，超过 {threshold}），整个赛项须重新评分。其评分表已重新打开：请开放各环节、重新评分、关闭环节，再重新抽取复核"],
        ["The review (复核) of this category is not finished: {remaining} of {count} criteria still to re-mark", "本赛项的复核尚未完成：{count} 个评分项中还有 {remaining} 个待复评"],
        ["The category's board is public; there is nothing to reveal", "本赛项的成绩榜是公开的，无需揭晓"],
        ["The board is already revealed in full", "成绩榜已全部揭晓"],
        ["Close every stage of the category before revealing its board", "请先关闭本赛项的所有环节，再揭晓成绩榜"],
        ["The category has no ranked entries to reveal", "本赛项没有可揭晓名次的参赛者"],
    ];
}
