namespace Competition.Browser.Tests;

/// Issue 19, "Chinese throughout": a refusal reads in the language chosen on the page, the server's
/// words included (the page sends its language with every request).
[Collection(BrowserCollection.Name)]
public sealed class RefusalLanguageTests(BrowserApp app)
{
    [Fact]
    public async Task The_console_in_chinese_explains_a_refusal_entirely_in_chinese()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "中文拒绝赛", ("Li Lei", "Grid Co"));
        var page = await OpenContestAsync(contest, "en-US"); // the browser's own Accept-Language says English
        await page.Locator(".lang-switch button[value='zh-CN']").ClickAsync();

        await page.Locator("#awards article.category[data-name='Electrician'] button[name=propose]").ClickAsync();

        var flash = page.Locator("#awards article.category[data-name='Electrician'] .message.problem"); // beside the button
        await Assertions.Expect(flash).ToHaveTextAsync("当前状态不允许此操作。 — 须先关闭本赛项的所有环节，才能生成拟获奖名单：请先关闭各环节。");
        (await flash.TextContentAsync() ?? "").ShouldNotMatch(@"[A-Za-z]{2,}");
    }

    [Fact]
    public async Task English_chosen_on_the_page_wins_over_a_chinese_browser()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Switched refusal contest", ("Li Lei", "Grid Co"));
        var page = await OpenContestAsync(contest, "zh-CN");
        await page.Locator(".lang-switch button[value='en']").ClickAsync();

        await page.Locator("#awards article.category[data-name='Electrician'] button[name=propose]").ClickAsync();

        await Assertions.Expect(page.Locator("#awards article.category[data-name='Electrician'] .message.problem")).ToHaveTextAsync(
            "Not allowed in the current state. — Every stage of the category must be closed before awards are proposed");
    }

    [Fact]
    public async Task The_tablet_in_chinese_reads_a_refused_mark_in_chinese()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "中文平板赛", ("Li Lei", "Grid Co"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}", locale: "zh-CN");
        await page.Locator(".tile").First.WaitForAsync();
        await api.PostAsync($"/api/contests/{contest.Id}/stages/{contest.TheoryId}/close", contest.OrganizerToken);

        await page.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{contest.Bibs["Li Lei"]}']").ClickAsync();
        await page.Locator(".criterion button.point[data-points='5']").ClickAsync();

        // The tablet says it in its own words; a Chinese problem from the server must not take their place.
        await Assertions.Expect(page.Locator(".sheet .message.error").First).ToHaveTextAsync("该环节已结束，不再接受评分。", new() { Timeout = 15000 });
    }

    async Task<IPage> OpenContestAsync(SeededContest contest, string locale)
    {
        var (_, page) = await app.OpenAsync("/", 1280, 900, locale);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await page.GotoAsync($"/#contest={contest.Id}");
        await page.Locator("#entries form[name=import-csv]").WaitForAsync();
        return page;
    }
}
