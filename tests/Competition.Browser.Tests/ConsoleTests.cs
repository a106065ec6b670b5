namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserApp app)
{
    async Task<IPage> OpenContestAsync(SeededContest contest)
    {
        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await page.GotoAsync($"/#contest={contest.Id}");
        await page.Locator("#entries form[name=import-csv]").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task A_csv_import_lists_the_new_entries_ready_for_approval()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Import contest", ("Li Lei", "Grid Co"));
        // A category not drawn yet: entries of a drawn one can no longer be approved (they would get no bib).
        await api.IdAsync($"/api/contests/{contest.Id}/categories", contest.OrganizerToken, new { name = "Welder", entryType = "individual" });
        await api.PostAsync($"/api/contests/{contest.Id}/registration/open", contest.OrganizerToken);
        var page = await OpenContestAsync(contest);

        await page.Locator("#entries form[name=import-csv] textarea").FillAsync(
            "category,name,organization,members\nWelder,Sun Li,East Grid,\nWelder,周敏,西部电力,");
        await page.Locator("#entries form[name=import-csv] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#entries .csv-result .message")).ToHaveTextAsync("2 entries imported.");
        await Assertions.Expect(page.Locator("#entries tr.entry[data-name='周敏'][data-status='registered']")).ToHaveCountAsync(1);
        await page.Locator("#entries tr.entry[data-name='Sun Li'] button[name=approve]").ClickAsync();
        await Assertions.Expect(page.Locator("#entries tr.entry[data-name='Sun Li']")).ToHaveAttributeAsync("data-status", "approved");
    }

    [Fact]
    public async Task A_rejected_csv_shows_each_bad_line_and_imports_nothing()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Bad import contest", ("Li Lei", "Grid Co"));
        await api.PostAsync($"/api/contests/{contest.Id}/registration/open", contest.OrganizerToken);
        var page = await OpenContestAsync(contest);

        await page.Locator("#entries form[name=import-csv] textarea").FillAsync(
            "category,name,organization,members\nElectrician,Sun Li,East Grid,\nPlumber,Zhou Min,West Power,");
        await page.Locator("#entries form[name=import-csv] button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("#entries .csv-result .message.error")).ToHaveTextAsync("Nothing imported: fix these lines.", new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator("#entries .csv-result li")).ToContainTextAsync("line 3");
        await Assertions.Expect(page.Locator("#entries tr.entry")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_refused_command_is_explained_in_plain_words()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Early awards contest", ("Li Lei", "Grid Co"));
        var page = await OpenContestAsync(contest);

        await page.Locator("#awards article.category[data-name='Electrician'] button[name=propose]").ClickAsync();

        // The stages are still open, so there is nothing to propose yet: a 409 with the rule in its detail.
        var problem = page.Locator("#awards article.category[data-name='Electrician'] .message.problem");
        await Assertions.Expect(problem).ToContainTextAsync("Not allowed in the current state."); // beside the button, not at the top of the page
        await Assertions.Expect(page.Locator("#flash")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#awards .pill[data-status]")).ToHaveAttributeAsync("data-status", "none");
    }

    [Fact]
    public async Task A_lost_tablet_is_stopped_from_the_console_and_the_console_forgets_what_it_holds()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Lost tablet contest", ("Li Lei", "Grid Co"));
        var page = await OpenContestAsync(contest);
        var card = page.Locator("#judges .judge-card[data-name='Wang Fang']");
        var first = TokenOf(await new OrganizerConsole(page).AppointJudgeAsync("Wang Fang", "Audit Office"));

        await card.Locator("button[name=revoke-judge-token]").ClickAsync();
        (await InPageDialog.ConfirmAsync(page)).ShouldContain("Wang Fang");
        await Assertions.Expect(card.Locator(".pill.warn")).ToHaveTextAsync("token revoked");
        await Assertions.Expect(card.Locator("img.qr")).ToHaveCountAsync(0);
        (await StatusAsync(HttpMethod.Get, "/api/judge/me", first)).ShouldBe(401);

        await card.Locator("button[name=rotate-judge-token]").ClickAsync(); // no token to replace: nothing to ask
        await Assertions.Expect(card.Locator("img.qr")).ToHaveCountAsync(1);
        var second = TokenOf((await card.Locator("a.judge-link").GetAttributeAsync("href"))!);
        second.ShouldNotBe(first);
        (await StatusAsync(HttpMethod.Get, "/api/judge/me", second)).ShouldBe(200);

        await page.Locator("#device button[name=rotate-organizer-token]").ClickAsync();
        await InPageDialog.ConfirmAsync(page);
        await Assertions.Expect(page.Locator("#flash.info")).ToContainTextAsync("new organizer token");
        (await StatusAsync(HttpMethod.Post, $"/api/contests/{contest.Id}/registration/open", contest.OrganizerToken)).ShouldBe(401);
        var kept = await page.EvaluateAsync<string>("id => JSON.parse(localStorage.getItem('competition.organizer.contests'))[id].token", contest.Id);
        (await StatusAsync(HttpMethod.Post, $"/api/contests/{contest.Id}/registration/open", kept)).ShouldBe(204);

        // The same device may be a judge's tablet too: marks it has not sent yet are not the console's to forget.
        await page.EvaluateAsync("() => { localStorage.setItem('competition.adminKey', 'typed-once'); localStorage.setItem('competition.judge.outbox', '[{\"kind\":\"mark\"}]'); }");
        await page.Locator("#admin button[name=forget-all]").ClickAsync();
        await InPageDialog.ConfirmAsync(page);
        await Assertions.Expect(page.Locator("#flash.info")).ToContainTextAsync("no longer holds");
        var left = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage).filter(k => k === 'competition.adminKey' || k.startsWith('competition.organizer.'))");
        left.ShouldBeEmpty();
        (await page.EvaluateAsync<string?>("() => localStorage.getItem('competition.judge.outbox')")).ShouldBe("[{\"kind\":\"mark\"}]");
        (await page.ContentAsync()).ShouldNotContain(second);
    }

    [Fact]
    public async Task A_console_opened_as_localhost_says_its_qr_codes_would_reach_nothing()
    {
        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await Assertions.Expect(page.Locator("#venue-warning")).ToContainTextAsync("localhost");

        var contest = await SeededContest.CreateAsync(app.Api(), "Venue contest", ("Li Lei", "Grid Co"));
        var console = await OpenContestAsync(contest);
        await Assertions.Expect(console.Locator(".contest-name .pill[data-kind='skills']")).ToHaveTextAsync("Skills");
        var link = await new OrganizerConsole(console).AppointJudgeAsync("Zhao Min", "Audit Office");
        link.ShouldStartWith($"{app.BaseAddress.ToString().TrimEnd('/')}/judge#token="); // the venue's public URL: here the address it was opened on
    }

    static string TokenOf(string judgeLink) => Uri.UnescapeDataString(judgeLink[(judgeLink.IndexOf("#token=", StringComparison.Ordinal) + 7)..]);

    async Task<int> StatusAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path) { Headers = { Authorization = new("Bearer", token) } };
        using var response = await app.Http.SendAsync(request);
        return (int)response.StatusCode;
    }

    [Fact]
    public async Task Closing_a_stage_asks_first_and_says_what_follows_and_cancelling_leaves_it_open()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Close asks contest", ("Li Lei", "Grid Co"));
        var page = await OpenContestAsync(contest);
        var stage = page.Locator("#judging tr.stage[data-name='Practical']");
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-status", "open");

        await stage.Locator("button[name=close-stage]").ClickAsync();
        (await InPageDialog.CancelAsync(page)).ShouldContain("Judges can no longer mark it");
        await page.WaitForTimeoutAsync(300); // a close sent anyway would show by now
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-status", "open");
        (await app.Api().SendAsync(HttpMethod.Get, $"/api/contests/{contest.Id}", contest.OrganizerToken)).ToString().ShouldNotContain("\"closed\"");

        await stage.Locator("button[name=close-stage]").ClickAsync();
        (await InPageDialog.ConfirmAsync(page)).ShouldContain("Close Practical?");
        await Assertions.Expect(stage).ToHaveAttributeAsync("data-status", "closed");
    }

    [Fact]
    public async Task A_gbk_file_with_chinese_headers_imports_a_refused_text_stays_to_fix_and_the_template_opens_in_excel()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "GBK import contest", ("Li Lei", "Grid Co"));
        await api.IdAsync($"/api/contests/{contest.Id}/categories", contest.OrganizerToken, new { name = "Welder", entryType = "individual" });
        await api.PostAsync($"/api/contests/{contest.Id}/registration/open", contest.OrganizerToken);
        var page = await OpenContestAsync(contest);
        var form = page.Locator("#entries form[name=import-csv]");

        // As Excel or WPS on a Chinese Windows saves "CSV": GBK, Chinese headers.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding("GB18030").GetBytes("赛项,姓名,单位,队员\r\nWelder,孙丽,东部电网,\r\n");
        await form.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "报名.csv", MimeType = "text/csv", Buffer = gbk });
        await Assertions.Expect(form.Locator("textarea")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("孙丽,东部电网"));
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#entries .csv-result .message")).ToHaveTextAsync("1 entry imported.");
        await Assertions.Expect(page.Locator("#entries tr.entry[data-name='孙丽']")).ToHaveCountAsync(1);
        await Assertions.Expect(form.Locator("textarea")).ToHaveValueAsync(""); // imported: nothing left to fix

        const string refused = "赛项,姓名,单位\nWelder,周敏,西部电力\nPlumber,王强,北部电力";
        await form.Locator("textarea").FillAsync(refused);
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#entries .csv-result li")).ToContainTextAsync("line 3");
        await Assertions.Expect(page.Locator("#entries form[name=import-csv] textarea")).ToHaveValueAsync(refused);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#entries a.csv-template").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "a byte-order mark, or Excel reads UTF-8 as ANSI");
        var template = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        template.ShouldStartWith("赛项,姓名,单位,队员\r\n");
        template.ShouldContain("Welder,");
        template.ShouldContain("Electrician,");
    }
}
