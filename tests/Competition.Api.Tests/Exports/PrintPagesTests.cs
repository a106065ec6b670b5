using System.Net;
using System.Text.RegularExpressions;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Exports;

/// The printable award notice (公示名单) and certificates (荣誉证书): server-rendered, every name encoded, the humanized
/// parts from Humanizer in Chinese by default and in English on <c>?lang=en</c>.
public sealed class PrintPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    async Task<(HttpResponseMessage Response, string Html)> Page(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await api.Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe((int)expected, html);
        return (response, html);
    }

    static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    [Fact]
    public async Task The_notice_lists_the_awards_under_notice_with_the_time_left_and_how_to_appeal_and_encodes_every_name()
    {
        var contest = await AwardedContest.SeedAsync(api, factory.Clock, confirm: false, name: "<em>全市</em>焊工技能大赛");
        var page = $"/contests/{contest.Contest}/categories/{contest.Category}/notice";
        var (response, html) = await Page(page);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        html.ShouldContain("&lt;em&gt;全市&lt;/em&gt;焊工技能大赛");
        html.ShouldNotContain("<em>");
        // The pages' policy allows no inline script or style: the print button's script and the stylesheets are files.
        Regex.Matches(html, "<script(?![^>]*\\ssrc=)[^>]*>").ShouldBeEmpty();
        Regex.Matches(html, @"<style|\s(on[a-z]+|style)\s*=").ShouldBeEmpty();
        html.ShouldContain("获奖名单公示");
        html.ShouldContain("公示期还剩 7 天", Case.Sensitive, "a 7-day notice opened just now");
        html.ShouldContain("申诉");
        var awards = (await api.Get($"{contest.Url}/categories/{contest.Category}/awards"))["awards"]!.AsArray();
        Count(html, "<td class=\"tier\">").ShouldBe(awards.Count);
        html.ShouldContain("<td class=\"tier\">一等奖</td><td class=\"rank\">1</td><td class=\"name\">焊花队<span class=\"people\">焊花队员1、焊花队员2</span>");
        html.ShouldNotContain("P-91", Case.Sensitive, "no person id on a public page");

        factory.Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromHours(1));
        (await Page($"{page}?lang=en")).Html.ShouldContain("2 days left of the public notice");
        factory.Clock.Advance(TimeSpan.FromDays(3));
        (await Page(page)).Html.ShouldContain("公示期已结束");

        await Page($"/contests/{contest.Contest}/categories/{Guid.NewGuid()}/notice", HttpStatusCode.NotFound);
        await Page($"{page}?lang=fr", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Certificates_are_one_per_member_of_each_awarded_team_once_confirmed_with_the_date_in_chinese_words()
    {
        var pending = await AwardedContest.SeedAsync(api, factory.Clock, confirm: false);
        var (_, waiting) = await Page($"/contests/{pending.Contest}/categories/{pending.Category}/certificates");
        Count(waiting, "class=\"certificate\"").ShouldBe(0);
        waiting.ShouldContain("获奖名单确认后方可打印荣誉证书");

        var contest = await AwardedContest.SeedAsync(api, factory.Clock, confirm: true);
        var confirmedOn = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        var page = $"/contests/{contest.Contest}/categories/{contest.Category}/certificates";
        var (_, html) = await Page(page);
        Count(html, "<section class=\"certificate\">").ShouldBe(4, "two awarded teams of two");
        foreach (var member in new[] { 0, 1 })
        {
            html.ShouldContain($"<span class=\"name\">{AwardedContest.MemberName(0, member)}</span> 同志：");
            html.ShouldContain($"<span class=\"name\">{AwardedContest.MemberName(1, member)}</span> 同志：");
        }
        html.ShouldContain("在全市焊工技能大赛焊工（双人）比赛中，荣获<strong class=\"tier\">一等奖</strong>（<span class=\"placing\">第一名</span>）");
        html.ShouldContain("荣获<strong class=\"tier\">二等奖</strong>（<span class=\"placing\">第二名</span>）");
        html.ShouldNotContain(AwardedContest.MemberName(2, 0));
        string[] digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        var year = string.Concat(confirmedOn.Year.ToString().Select(d => digits[d - '0']));
        html.ShouldContain($"<p class=\"date\">{year}年{ChineseNumber(confirmedOn.Month)}月{ChineseNumber(confirmedOn.Day)}日</p>");

        var (_, english) = await Page($"{page}?lang=en");
        english.ShouldContain("won <strong class=\"tier\">一等奖</strong> (<span class=\"placing\">first</span>)");
        english.ShouldContain($"<p class=\"date\">{confirmedOn:d MMMM yyyy}</p>");
    }

    /// 1–31 as Chinese words, written out here independently of Humanizer.
    static string ChineseNumber(int n)
    {
        const string units = "〇一二三四五六七八九";
        return n switch { < 10 => units[n].ToString(), 10 => "十", < 20 => $"十{units[n - 10]}", _ => $"{units[n / 10]}十{(n % 10 == 0 ? "" : units[n % 10])}" };
    }
}
