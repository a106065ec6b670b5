using Competition.Domain.Entries;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Marten;
using Wolverine.Http;
using NotFound = Competition.Api.Reads.NotFound;

namespace Competition.Api.Exports;

/// <summary>GET /api/contests/{cid}/honours.xlsx: what the contest's honour rules granted, one row per person and honour,
/// revoked ones marked, as the public GET …/honours lists them: never a person id or a birth year.</summary>
public static class HonoursExport
{
    [WolverineGet("/api/contests/{cid}/honours.xlsx")]
    public static async Task<IResult> Handle(string cid, string? lang, IQuerySession session, CancellationToken ct)
    {
        if (!Guid.TryParse(cid, out var contestId) || await session.LoadAsync<ContestView>(contestId, ct) is not { } contest)
            return NotFound.Contest(cid);
        var english = ExportLanguage.English(lang, contest.Locale);
        var t = english ? En : ZhCn;
        var views = (await session.Query<HonoursView>().Where(v => v.ContestId == contestId).ToListAsync(ct)).ToDictionary(v => v.CategoryId);
        var rows = contest.Categories
            .SelectMany(c => (views.GetValueOrDefault(c.Id)?.Honours ?? []).Select(h => (Category: c.Name, Honour: h)))
            .Select(x => (IReadOnlyList<object?>)
            [
                x.Category, x.Honour.Person, x.Honour.EntryName, x.Honour.Organization, x.Honour.Rank, x.Honour.Tier,
                x.Honour.Title, x.Honour.Grade is { } grade ? GradeName(grade, english) : null, x.Honour.Rule,
                x.Honour.RevokedReason is null ? t.Granted : $"{t.Revoked}: {x.Honour.RevokedReason}",
            ]);
        return Workbook.Answer(english ? $"{contest.Name}-honours.xlsx" : $"{contest.Name}-荣誉.xlsx",
            new Sheet(t.Sheet, t.Header, rows));
    }

    sealed record Texts(string Sheet, IReadOnlyList<string> Header, string Granted, string Revoked);

    static readonly Texts ZhCn = new("荣誉", ["赛项", "姓名", "参赛名称", "单位", "名次", "奖项", "称号", "推荐等级", "依据", "状态"], "授予", "已撤销");
    static readonly Texts En = new("Honours",
        ["Category", "Person", "Entry", "Organization", "Rank", "Award", "Title", "Grade recommended", "Rule", "Status"], "granted", "revoked");

    /// The grade's name as a certificate of vocational skill writes it (职业技能等级), or in English.
    public static string GradeName(Grade grade, bool english) => english
        ? grade switch
        {
            Grade.Basic => "Basic (level 5)", Grade.Intermediate => "Intermediate (level 4)", Grade.Advanced => "Advanced (level 3)",
            Grade.Technician => "Technician (level 2)", _ => "Senior technician (level 1)",
        }
        : grade switch
        {
            Grade.Basic => "初级工（五级）", Grade.Intermediate => "中级工（四级）", Grade.Advanced => "高级工（三级）",
            Grade.Technician => "技师（二级）", _ => "高级技师（一级）",
        };
}
