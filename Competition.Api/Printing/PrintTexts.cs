namespace Competition.Api.Printing;

/// What the notice and the certificates say, in Chinese (the default) or English.
public sealed record PrintTexts(
    string Print, string NoticeTitle, string ProposedTitle, string ConfirmedTitle, string NoAwards,
    string Tier, string Rank, string Name, string Organization, string Total,
    string NoticeEnds, string TimeLeft, string NoticeOver, string NotYetNoticed, string Confirmed, string Appeal,
    string CertificateTitle, string NotConfirmed, string Recipient, string Won, string Encourage, string Committee, string Issuer)
{
    public static readonly PrintTexts ZhCn = new(
        "打印", "获奖名单公示", "拟获奖名单", "获奖名单", "尚无拟获奖名单。",
        "奖项", "名次", "姓名", "单位", "总分",
        "公示截止：{0}（北京时间）", "公示期还剩 {0}", "公示期已结束，待组委会确认。", "本名单尚未公示。", "本名单已确认。",
        "对公示名单有异议的，请在公示期内以书面形式向大赛组委会提出申诉，写明申诉对象、事实和理由并附相关材料；组委会将复核并书面答复。",
        "荣誉证书", "获奖名单确认后方可打印荣誉证书。", "{0} 同志：", "在{0}{1}比赛中，荣获{2}（{3}）。", "特发此证，以资鼓励。", "{0}组委会",
        "单位：{0}");

    public static readonly PrintTexts En = new(
        "Print", "Award list under public notice", "Proposed award list", "Award list", "No awards have been proposed yet.",
        "Award", "Rank", "Name", "Organization", "Total",
        "The public notice ends {0} (China Standard Time)", "{0} left of the public notice", "The public notice is over; the committee is to confirm the list.",
        "This list has not been put on public notice yet.", "This list is confirmed.",
        "Anyone who objects to the list may lodge a written appeal with the organizing committee before the notice ends, naming the entry, the facts and the grounds with any supporting documents; the committee will review it and answer in writing.",
        "Certificate of Honour", "Certificates can be printed once the award list is confirmed.", "This certifies that {0}",
        "won {2} ({3}) in the {1} category of {0}.", "Presented in recognition of this achievement.", "{0} Organizing Committee",
        "of {0}");

    public static PrintTexts For(bool english) => english ? En : ZhCn;
}
