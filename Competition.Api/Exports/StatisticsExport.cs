using Competition.Api.Plumbing;
using Competition.Api.Statistics;
using Competition.Domain.Statistics;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Exports;

/// <summary>GET /api/statistics.xlsx: the figures of GET /api/statistics (same filters, same query) as sheets Summary,
/// ByLevel, ByOrganization, ByGroup and Beneficiaries; headers in Chinese unless <c>?lang=en</c>.</summary>
public static class StatisticsExport
{
    [WolverineGet("/api/statistics.xlsx")]
    public static async Task<IResult> Handle(
        string? level, string? organization, string? from, string? to, string? lang, HttpContext http, Access access, IQuerySession session,
        CancellationToken ct)
    {
        await access.RequireAdminAsync(http, ct);
        var filter = StatisticsFilter.Read(level, organization, from, to);
        var t = ExportTexts.For(ExportLanguage.English(lang, "zh-CN"));
        var view = await StatisticsQuery.RunAsync(session, filter, ct);
        var b = view.Beneficiaries;
        return Workbook.Answer(t.StatisticsFile,
            new Sheet("Summary", [t.Item, t.Value],
                [[t.Contests, view.Contests], [t.Entries, view.Entries], [t.Participants, view.Participants], [t.PersonTimes, view.PersonTimes]]),
            Tallies("ByLevel", t, view.ByLevel, t.Level),
            Tallies("ByOrganization", t, view.ByOrganization, key => key),
            Tallies("ByGroup", t, view.ByGroup, key => key == "none" ? t.NoGroup : key),
            new Sheet("Beneficiaries", [t.Item, t.Value],
                [[t.Award, b.Awards], [t.Honours, b.Honours], [t.GradeRecommendations, b.GradeRecommendations], [t.Points, b.Points]]));
    }

    static Sheet Tallies(string name, ExportTexts t, IReadOnlyList<Tally> tallies, Func<string, string> key) => new(
        name, [t.Key, t.Contests, t.Entries, t.Participants, t.PersonTimes],
        tallies.Select(x => (IReadOnlyList<object?>)[key(x.Key), x.Contests, x.Entries, x.Participants, x.PersonTimes]));
}
