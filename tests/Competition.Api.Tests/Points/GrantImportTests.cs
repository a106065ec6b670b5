using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Points;

/// POST /api/contests/{cid}/points/import: grants by CSV, all or nothing, each grant its own stream; the totals checked
/// on the standings (caps and deductions as <see cref="PointsSeason.Table"/> has them).
public sealed class GrantImportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task A_file_with_refused_lines_grants_nothing_then_a_good_file_grants_every_line_once()
    {
        var season = await new PointsSeason(api).SetUpAsync(3);
        var import = $"{season.C}/points/import";

        // Line 3: no such reason; 4: a date that does not exist; 5: quantity 0; 6: no such entry; 7: a formula in the note;
        // 8: an entry not approved.
        await season.EntryAsync(season.Safety, "待审班组", approve: false);
        var bad = "单位,事由,数量,日期,备注\n班组 0,TRAIN,1,2026-03-01,\n班组 0,NOPE,1,2026-03-01,\n班组 1,HAZ,1,2026-02-30,\n"
                  + "班组 1,HAZ,0,2026-03-01,\n班组 9,HAZ,1,2026-03-01,\n班组 2,HAZ,1,2026-03-01,=HYPERLINK(\"x\")\n待审班组,HAZ,1,2026-03-01,\n";
        var (refused, sequence) = await ImportAsync(import, season.Org, bad);
        ((int)refused["imported"]!).ShouldBe(0);
        refused["errors"]!.AsArray().Select(e => (int)e!["line"]!).Distinct().ShouldBe([3, 4, 5, 6, 7, 8], refused.ToJsonString());
        var standings = await season.StandingsAsync(season.Safety, sequence);
        standings["rows"]!.AsArray().ShouldAllBe(r => (decimal)r!["total"]! == 0);

        // English header, entries by name and by id, reasons by code in any case, the quantity left out is 1; the cap of
        // TRAIN (30) and the deduction ACC apply.
        var good = $"entry,reason,quantity,occurredOn,note\n班组 0,TRAIN,4,2026-03-01,月度培训\n班组 0,train,3,2026-03-15,\n"
                   + $"{season.Entries[1]},HAZ,,2026-03-02,隐患上报\n班组 1,ACC,1,2026-03-03,\n班组 2,PROP,1,2026-03-04,\n创新班组,TRAIN,2,2026-03-05,\n";
        var (accepted, written) = await ImportAsync(import, season.Org, good);
        (accepted["errors"]!.AsArray().Count, (int)accepted["imported"]!).ShouldBe((0, 6), accepted.ToJsonString());
        written.ShouldBeGreaterThan(sequence);
        var expected = new Dictionary<Guid, decimal> { [season.Entries[0]] = 30, [season.Entries[1]] = 2.5m - 6, [season.Entries[2]] = 8 };
        await TotalsAsync(season, written, expected);
        var innovation = await season.StandingsAsync(season.Innovation, written);
        ((decimal)innovation["rows"]![0]!["total"]!).ShouldBe(2);

        // The same file again grants nothing twice.
        var (repeat, last) = await ImportAsync(import, season.Org, good);
        ((int)repeat["imported"]!).ShouldBe(6);
        await TotalsAsync(season, last, expected);

        // Finished: every line refused, nothing written.
        await api.Post($"{season.C}/finish", season.Org);
        var (finished, _) = await ImportAsync(import, season.Org, "entry,reason,quantity,occurredOn,note\n班组 2,HAZ,1,2026-03-01,\n", "zh-CN");
        finished["errors"]!.AsArray().Select(e => (int)e!["line"]!).ShouldBe([2]);
        ((string)finished["errors"]![0]!["message"]!).ShouldContain("赛事已结束");
    }

    static async Task TotalsAsync(PointsSeason season, long after, Dictionary<Guid, decimal> expected)
    {
        var standings = await season.StandingsAsync(season.Safety, after);
        foreach (var row in standings["rows"]!.AsArray())
            ((decimal)row!["total"]!).ShouldBe(expected.GetValueOrDefault(Guid.Parse((string)row["entryId"]!)), row.ToJsonString());
    }

    async Task<(JsonNode Answer, long Sequence)> ImportAsync(string url, string token, string csv, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await api.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, text);
        return (JsonNode.Parse(text)!, long.Parse(response.Headers.GetValues("Event-Sequence").Single()));
    }
}
