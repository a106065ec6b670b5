using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Competition.Browser.Tests;

/// The statistics dashboard, the award notice and a certificate in Chromium, with screenshots; the dashboard's bars are
/// the API's numbers, and printed, the certificates are one landscape page each.
[Collection(BrowserCollection.Name)]
public sealed class PrintedPagesTests(BrowserApp app)
{
    [Fact]
    public async Task The_dashboard_draws_the_statistics_the_api_answers()
    {
        var api = app.Api();
        await AwardedTeams.CreateAsync(api, app.Clock, level: "province");
        await AwardedTeams.CreateAsync(api, app.Clock, level: "city");
        var (_, page) = await app.OpenAsync("/statistics.html", 1280, 1000, locale: "zh-CN");
        await page.EvaluateAsync("key => localStorage.setItem('competition.adminKey', key)", BrowserApp.AdminKey);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#by-level svg rect.bar").First).ToBeVisibleAsync();
        var stats = await api.SendAsync(HttpMethod.Get, "/api/statistics", BrowserApp.AdminKey);
        await BarsAreAsync(page, stats);
        foreach (var figure in new[] { "contests", "entries", "participants", "personTimes" })
            (await page.Locator($"#figures [data-figure='{figure}'] .value").First.TextContentAsync())!.Replace(",", "")
                .ShouldBe(stats.GetProperty(figure).GetInt32().ToString(), figure);
        await Assertions.Expect(page.Locator("#by-level text.key").First).ToHaveTextAsync(new Regex("级|全国"));
        await Screenshots.SaveAsync(page, "statistics-dashboard");

        // Filtered to one level: the charts follow the API's answer for the same filter.
        await page.Locator("#filters select[name=level]").SelectOptionAsync("province");
        await page.Locator("#filters button[name=show]").ClickAsync();
        var province = await api.SendAsync(HttpMethod.Get, "/api/statistics?level=province", BrowserApp.AdminKey);
        await Assertions.Expect(page.Locator("#by-level rect.bar")).ToHaveCountAsync(2);
        await BarsAreAsync(page, province);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#filters button[name=download]").ClickAsync());
        download.SuggestedFilename.ShouldBe("参赛统计.xlsx");
        app.PageErrors.ShouldBeEmpty();
    }

    /// Each chart has a bar per key and series (人, 人次), and each bar's value is the API's.
    static async Task BarsAreAsync(IPage page, JsonElement stats)
    {
        foreach (var (chart, field) in new[] { ("by-level", "byLevel"), ("by-organization", "byOrganization"), ("by-group", "byGroup") })
        {
            var drawn = await page.Locator($"#{chart} rect.bar").EvaluateAllAsync<string[][]>(
                "bars => bars.map(b => [b.dataset.key, b.dataset.series, b.dataset.value])");
            var expected = stats.GetProperty(field).EnumerateArray().SelectMany(t => new[]
            {
                new[] { t.GetProperty("key").GetString()!, "participants", t.GetProperty("participants").GetInt32().ToString() },
                [t.GetProperty("key").GetString()!, "personTimes", t.GetProperty("personTimes").GetInt32().ToString()],
            }).ToArray();
            drawn.ShouldBe(expected, chart);
        }
    }

    [Fact]
    public async Task The_notice_and_the_certificates_show_the_names_and_tiers_and_print_one_certificate_a_page()
    {
        var api = app.Api();
        var contest = await AwardedTeams.CreateAsync(api, app.Clock);
        var (_, notice) = await app.OpenAsync($"/contests/{contest.Id}/categories/{contest.NoticeCategory}/notice", 1000, 1200, locale: "zh-CN");
        var rows = notice.Locator("table.awards tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Nth(0).Locator(".tier")).ToHaveTextAsync("一等奖");
        await Assertions.Expect(rows.Nth(0).Locator(".name")).ToContainTextAsync("焊花队");
        await Assertions.Expect(rows.Nth(1).Locator(".tier")).ToHaveTextAsync("二等奖");
        await Assertions.Expect(notice.Locator(".status")).ToContainTextAsync("公示期还剩 7 天");
        await Screenshots.SaveAsync(notice, "award-notice");

        var (_, certificates) = await app.OpenAsync($"/contests/{contest.Id}/categories/{contest.ConfirmedCategory}/certificates", 1200, 900, locale: "zh-CN");
        var each = certificates.Locator("section.certificate");
        await Assertions.Expect(each).ToHaveCountAsync(4);
        string[] names = [.. AwardedTeams.Teams.Take(2).SelectMany(t => t.Members)];
        (await each.Locator(".name").AllTextContentsAsync()).ShouldBe(names);
        (await each.Locator(".tier").AllTextContentsAsync()).ShouldBe(["一等奖", "一等奖", "二等奖", "二等奖"]);
        await Assertions.Expect(each.First.Locator(".placing")).ToHaveTextAsync("第一名");
        await Assertions.Expect(each.First.Locator(".date")).ToHaveTextAsync(new Regex("^二〇[〇一二三四五六七八九]{2}年.+月.+日$"));
        await each.First.ScreenshotAsync(new() { Path = Path.Combine(Path.GetDirectoryName(await Screenshots.SaveAsync(certificates, "certificates-page"))!, "certificate.png") });

        // Printed: the button is gone and each certificate is a landscape A4 page of its own.
        await certificates.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(certificates.Locator(".actions")).ToBeHiddenAsync();
        var pdf = Encoding.Latin1.GetString(await certificates.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        Regex.Matches(pdf, @"/Type\s*/Page[^s]").Count.ShouldBe(4);
        var box = Regex.Match(pdf, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        (double.Parse(box.Groups[1].Value) > double.Parse(box.Groups[2].Value)).ShouldBeTrue("landscape: " + box.Value);
        app.PageErrors.ShouldBeEmpty();
    }
}
