namespace Competition.Api.Exports;

/// The headers a workbook is written with, in Chinese or English.
public sealed record ExportTexts(
    string Results, string Rank, string Bib, string Name, string Organization, string Total, string Award,
    string Item, string Value, string Key, string Contests, string Entries, string Participants, string PersonTimes,
    string Honours, string GradeRecommendations, string Points, string NoGroup, string StatisticsFile,
    IReadOnlyDictionary<string, string> Levels)
{
    public static readonly ExportTexts ZhCn = new(
        "成绩", "名次", "编号", "姓名", "单位", "总分", "奖项",
        "项目", "数值", "分组", "比赛数", "参赛数", "人数（人）", "人次", "荣誉", "晋级推荐", "积分", "未填写", "参赛统计.xlsx",
        new Dictionary<string, string>
        {
            ["enterprise"] = "企业级", ["county"] = "县级", ["city"] = "市级", ["province"] = "省级", ["national"] = "全国", ["none"] = "未定级",
        });

    public static readonly ExportTexts En = new(
        "Results", "Rank", "Bib", "Name", "Organization", "Total", "Award",
        "Item", "Value", "Key", "Contests", "Entries", "Participants", "Person-times", "Honours", "Grade recommendations", "Points", "none", "statistics.xlsx",
        new Dictionary<string, string>());

    public static ExportTexts For(bool english) => english ? En : ZhCn;

    public string Level(string key) => Levels.GetValueOrDefault(key, key);
}
