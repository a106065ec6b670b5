namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class JudgeTabletTests(BrowserApp app)
{
    [Fact]
    public async Task Marks_made_while_the_server_is_unreachable_survive_a_reload_and_are_sent_after()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Reload contest", ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        var tablet = new Tablet(page);
        await page.Locator(".tile").First.WaitForAsync();
        // The API is unreachable but the page itself still loads, so the tab can be reloaded.
        await page.RouteAsync("**/api/**", route => route.AbortAsync("internetdisconnected"));
        await tablet.MarkAsync("Theory", contest.Bibs["Li Lei"], "Written test", 8);
        await tablet.MarkAsync("Theory", contest.Bibs["Li Lei"], "Written test", 6);
        await tablet.MarkAsync("Practical", contest.Bibs["Han Meimei"], "Quality", 9);
        (await tablet.WaitingAsync()).ShouldBe(2);

        await page.ReloadAsync();
        await page.Locator(".tile").First.WaitForAsync();
        (await tablet.WaitingAsync()).ShouldBe(2);
        await page.UnrouteAllAsync();
        await page.EvaluateAsync("() => dispatchEvent(new Event('online'))");
        await tablet.WaitUntilSentAsync();

        var board = await Eventually.LeaderboardAsync(api, contest, b => Eventually.Total(b, "Han Meimei") > 0);
        Eventually.Total(board, "Li Lei").ShouldBe(18m);     // 30 × 6/10: the later value replaced the earlier one
        Eventually.Total(board, "Han Meimei").ShouldBe(63m); // 70 × 9/10
    }

    [Fact]
    public async Task A_typed_value_out_of_range_is_refused_on_the_spot_with_the_range_and_nothing_is_sent()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Range contest", ("Li Lei", "Grid Co"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        var tablet = new Tablet(page);
        await page.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{contest.Bibs["Li Lei"]}']").ClickAsync();
        var input = page.Locator(".criterion[data-name='Written test'] input[name=points]");

        foreach (var (typed, says) in new[] { ("45", "45 is outside 0–10"), ("-1", "-1 is outside 0–10"), ("7.125", "At most 2 decimals") })
        {
            await input.FillAsync(typed);
            await input.PressAsync("Tab");
            await Assertions.Expect(page.Locator(".criterion[data-name='Written test'] .message.error")).ToContainTextAsync(says);
            (await tablet.WaitingAsync()).ShouldBe(0);
        }
        await Assertions.Expect(page.Locator(".criterion[data-name='Written test']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("state-error"));

        await input.FillAsync("7.25");
        await input.PressAsync("Tab");
        await tablet.WaitUntilSentAsync();
        await Assertions.Expect(page.Locator(".criterion[data-name='Written test'] .message.error")).ToHaveCountAsync(0);
        var board = await Eventually.LeaderboardAsync(app.Api(), contest, b => Eventually.Total(b, "Li Lei") > 0);
        Eventually.Total(board, "Li Lei").ShouldBe(21.75m); // 30 × 7.25/10: the value as typed, not clamped or rounded
    }

    [Fact]
    public async Task Signing_out_asks_first_because_the_token_is_gone_after()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Sign-out contest", ("Li Lei", "Grid Co"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        await page.Locator(".tile").First.WaitForAsync();
        var browserDialogs = 0;
        page.Dialog += (_, _) => browserDialogs++;
        var ask = page.Locator("dialog.ask");

        await page.Locator("#sign-out").ClickAsync();
        await Assertions.Expect(ask).ToContainTextAsync("QR code");
        await ask.Locator("button[name=cancel]").ClickAsync();
        await Assertions.Expect(ask).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".tile").First).ToBeVisibleAsync();
        (await page.EvaluateAsync<string?>("() => localStorage.getItem('competition.judge.token')")).ShouldBe(contest.JudgeToken);

        await page.Locator("#sign-out").ClickAsync();
        await ask.Locator("button[name=confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".tile")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<string?>("() => localStorage.getItem('competition.judge.token')")).ShouldBeNull();
        browserDialogs.ShouldBe(0); // the page's own dialog, never the browser's confirm()
    }

    [Fact]
    public async Task A_mark_on_a_closed_stage_is_refused_in_plain_words()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Closed stage contest", ("Li Lei", "Grid Co"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        await page.Locator(".tile").First.WaitForAsync();
        await api.PostAsync($"/api/contests/{contest.Id}/stages/{contest.TheoryId}/close", contest.OrganizerToken);

        await page.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{contest.Bibs["Li Lei"]}']").ClickAsync();
        await page.Locator(".criterion button.point[data-points='5']").ClickAsync();

        await Assertions.Expect(page.Locator(".sheet .message.error").First).ToHaveTextAsync("This stage is closed: marks are not accepted now.", new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator("button[name=submit-sheet]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_submitted_sheet_is_locked_after_confirmation()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Submit contest", ("Li Lei", "Grid Co"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        var tablet = new Tablet(page);
        await tablet.MarkAsync("Theory", contest.Bibs["Li Lei"], "Written test", 7);

        await page.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{contest.Bibs["Li Lei"]}']").ClickAsync();
        await page.Locator("button[name=submit-sheet]").ClickAsync();
        await page.Locator("dialog[open] button[value=cancel]").ClickAsync();
        await Assertions.Expect(page.Locator("button[name=submit-sheet]")).ToBeVisibleAsync();
        await page.Locator("button[name=submit-sheet]").ClickAsync();
        await page.Locator("dialog[open] button[name=confirm]").ClickAsync();

        await Assertions.Expect(page.Locator(".sheet .pill.ok")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(page.Locator(".criterion button.point").First).ToBeDisabledAsync();
        var board = await Eventually.LeaderboardAsync(api, contest, b => b.GetProperty("rows")[0].GetProperty("judgesDone").GetInt32() > 0);
        board.GetProperty("rows")[0].GetProperty("judgesDone").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_pasted_token_signs_in_and_an_unknown_one_is_refused_in_plain_words()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Paste contest", ("Li Lei", "Grid Co"));
        var (_, page) = await app.OpenAsync("/judge");

        await page.Locator("form[name=sign-in] input[name=token]").FillAsync("not-a-token");
        await page.Locator("form[name=sign-in] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("form[name=sign-in] .message.error")).ToHaveTextAsync("The token was not accepted. Sign in again.");

        await page.Locator("form[name=sign-in] input[name=token]").FillAsync(contest.OtherJudgeToken);
        await page.Locator("form[name=sign-in] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("Chen Jing");
        await Assertions.Expect(page.Locator(".tile")).ToHaveCountAsync(2);
        // Entries appear by bib only: no name of an entry anywhere on the tablet.
        (await page.Locator("body").InnerTextAsync()).ShouldNotContain("Li Lei");
    }
}
