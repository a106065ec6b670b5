using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Exports;

/// The .xlsx exports, read back with MiniExcel and checked cell by cell against the JSON the API answers.
public sealed class ExportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    const string Spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task Results_xlsx_holds_the_public_leaderboard_cell_by_cell_with_the_confirmed_tiers_and_no_personal_data()
    {
        var contest = await AwardedContest.SeedAsync(api, factory.Clock, confirm: true);
        var url = $"{contest.Url}/categories/{contest.Category}";
        var board = await api.Get($"{url}/leaderboard");
        var awards = await api.Get($"{url}/awards");
        var stages = (await api.Get(contest.Url))["categories"]![0]!["stages"]!.AsArray();

        var xlsx = await Xlsx.GetAsync(api.Http, $"{url}/results.xlsx");
        xlsx.Response.Content.Headers.ContentType!.MediaType.ShouldBe(Spreadsheet);
        xlsx.Response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("全市焊工技能大赛-焊工（双人）.xlsx");
        var rows = xlsx.Rows("成绩");
        rows[0].ShouldBe(["名次", "编号", "姓名", "单位", "实操", "理论", "总分", "奖项"]);
        var boardRows = board["rows"]!.AsArray();
        rows.Count.ShouldBe(boardRows.Count + 1);
        var tiers = awards["awards"]!.AsArray().ToDictionary(a => (string)a!["entryId"]!, a => (string)a!["tier"]!);
        tiers.Count.ShouldBe(2);
        for (var i = 0; i < boardRows.Count; i++)
        {
            var r = boardRows[i]!;
            object?[] expected =
            [
                (double)(int)r["rank"]!, (double)(int)r["bib"]!, (string)r["name"]!, (string)r["organization"]!,
                .. stages.Select(s => (object?)(double)(decimal)r["stageScores"]![(string)s!["id"]!]!),
                (double)(decimal)r["total"]!, tiers.GetValueOrDefault((string)r["entryId"]!),
            ];
            rows[i + 1].ShouldBe(expected, $"row {i + 1}");
        }
        rows.Skip(1).Count(r => r[^1] is not null).ShouldBe(2, "the two tiers of four teams");
        xlsx.AllText().ShouldAllBe(text => !text.StartsWith("P-") && text != "1990", "no person id or birth year in an export");

        var english = (await Xlsx.GetAsync(api.Http, $"{url}/results.xlsx?lang=en")).Rows("Results");
        english[0].ShouldBe(["Rank", "Bib", "Name", "Organization", "实操", "理论", "Total", "Award"]);
        english.Skip(1).ShouldBe(rows.Skip(1));
    }

    [Fact]
    public async Task Results_xlsx_under_notice_shows_the_proposed_tiers_and_unknown_ids_are_404()
    {
        var contest = await AwardedContest.SeedAsync(api, factory.Clock, confirm: false, locale: "en");
        var url = $"{contest.Url}/categories/{contest.Category}";
        var awards = await api.Get($"{url}/awards");
        ((string)awards["status"]!).ShouldBe("notice");
        var rows = (await Xlsx.GetAsync(api.Http, $"{url}/results.xlsx")).Rows("Results");
        rows[0][0].ShouldBe("Rank", "an English contest's workbook is in English");
        var byName = rows.Skip(1).ToDictionary(r => (string)r[2]!, r => r[^1]);
        var board = (await api.Get($"{url}/leaderboard"))["rows"]!.AsArray();
        foreach (var a in awards["awards"]!.AsArray())
            byName[(string)board.First(r => (string)r!["entryId"]! == (string)a!["entryId"]!)!["name"]!].ShouldBe((string)a!["tier"]!);
        byName.Values.Count(v => v is null).ShouldBe(2);

        await Xlsx.GetAsync(api.Http, $"{contest.Url}/categories/{Guid.NewGuid()}/results.xlsx", expected: HttpStatusCode.NotFound);
        await Xlsx.GetAsync(api.Http, $"/api/contests/{Guid.NewGuid()}/categories/{contest.Category}/results.xlsx", expected: HttpStatusCode.NotFound);
        await Xlsx.GetAsync(api.Http, $"{url}/results.xlsx?lang=fr", expected: HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Statistics_xlsx_has_the_figures_of_the_statistics_json_sheet_by_sheet_and_only_for_the_admin()
    {
        var organizer = (await AwardedContest.SeedAsync(api, factory.Clock, confirm: true, level: "county")).Organizer;
        await AwardedContest.SeedAsync(api, factory.Clock, confirm: false, level: "city");
        foreach (var query in new[] { "", "?level=county", "?organization=供电公司" })
        {
            var json = await api.Get($"/api/statistics{query}", ApiFactory.AdminKey);
            var xlsx = await Xlsx.GetAsync(api.Http, $"/api/statistics.xlsx{query}{(query == "" ? "?" : "&")}lang=en", ApiFactory.AdminKey);
            xlsx.SheetNames.ShouldBe(["Summary", "ByLevel", "ByOrganization", "ByGroup", "Beneficiaries"]);
            xlsx.Rows("Summary").ShouldBe([
                ["Item", "Value"], ["Contests", N(json["contests"])], ["Entries", N(json["entries"])],
                ["Participants", N(json["participants"])], ["Person-times", N(json["personTimes"])],
            ]);
            foreach (var (sheet, field) in new[] { ("ByLevel", "byLevel"), ("ByOrganization", "byOrganization"), ("ByGroup", "byGroup") })
            {
                var expected = json[field]!.AsArray().Select(t => (object?[])
                    [(string)t!["key"]!, N(t["contests"]), N(t["entries"]), N(t["participants"]), N(t["personTimes"])]);
                xlsx.Rows(sheet).ShouldBe([["Key", "Contests", "Entries", "Participants", "Person-times"], .. expected], sheet);
            }
            var b = json["beneficiaries"]!;
            xlsx.Rows("Beneficiaries").ShouldBe([
                ["Item", "Value"], ["Award", N(b["awards"])], ["Honours", N(b["honours"])],
                ["Grade recommendations", N(b["gradeRecommendations"])], ["Points", N(b["points"])],
            ]);
        }
        // Other tests of this class seed city contests; the county one is this test's, its awards confirmed.
        var county = await api.Get("/api/statistics?level=county", ApiFactory.AdminKey);
        ((int)county["beneficiaries"]!["awards"]!).ShouldBe(2, "the confirmed contest's two awarded teams");

        var chinese = await Xlsx.GetAsync(api.Http, "/api/statistics.xlsx?level=county", ApiFactory.AdminKey);
        chinese.Response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("参赛统计.xlsx");
        chinese.Rows("ByLevel").ShouldBe([["分组", "比赛数", "参赛数", "人数（人）", "人次"], ["县级", 1d, 4d, 8d, 8d]]);

        await Xlsx.GetAsync(api.Http, "/api/statistics.xlsx", expected: HttpStatusCode.Unauthorized);
        await Xlsx.GetAsync(api.Http, "/api/statistics.xlsx", "not-a-token", HttpStatusCode.Unauthorized);
        await Xlsx.GetAsync(api.Http, "/api/statistics.xlsx", organizer, HttpStatusCode.Forbidden);
        await Xlsx.GetAsync(api.Http, "/api/statistics.xlsx?level=township", ApiFactory.AdminKey, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Results_xlsx_of_a_points_category_holds_its_standings_with_a_column_per_reason()
    {
        var season = await new Points.PointsSeason(api).SetUpAsync(3);
        long last = 0;
        foreach (var (entry, code, quantity) in new[] { (0, "HAZ", 2), (1, "HAZ", 1), (1, "TRAIN", 3), (2, "TRAIN", 1) })
            last = (await season.GrantAsync(season.Org, season.Entries[entry], code, quantity)).Sequence;
        var standings = (await season.StandingsAsync(season.Safety, last))["rows"]!.AsArray();
        var rows = (await Xlsx.GetAsync(api.Http, $"{season.C}/categories/{season.Safety}/results.xlsx")).Rows("成绩");
        string[] reasons = [.. standings.SelectMany(r => r!["byReason"]!.AsObject().Select(p => p.Key)).Distinct().Order(StringComparer.Ordinal)];
        reasons.Length.ShouldBe(2);
        rows[0].ShouldBe(["名次", "姓名", "单位", .. reasons, "总分", "奖项"]);
        rows.Skip(1).ShouldBe(standings.Select(r => (object?[])
        [
            (double)(int)r!["rank"]!, (string)r["name"]!, (string)r["organization"]!,
            .. reasons.Select(code => r["byReason"]![code] is { } points ? (object?)(double)(decimal)points : null),
            (double)(decimal)r["total"]!, null,
        ]));
    }

    static object N(JsonNode? number) => (double)(int)number!;
}
