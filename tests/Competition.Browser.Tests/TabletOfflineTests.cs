namespace Competition.Browser.Tests;

/// What keeps the tablet usable on a venue's network: the page itself from the service worker when the server cannot
/// be reached, a badge that tells whether the server answers (not merely whether there is a network), a running
/// total and a way to the next entry.
[Collection(BrowserCollection.Name)]
public sealed class TabletOfflineTests(BrowserApp app)
{
    [Fact]
    public async Task A_reload_without_a_connection_opens_the_tablet_from_its_service_worker_with_its_list_and_queued_marks()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Offline reload contest", ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"));
        var (context, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        var tablet = new Tablet(page);
        await Assertions.Expect(page.Locator(".tile")).ToHaveCountAsync(4);
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 10000 });

        await context.SetOfflineAsync(true);
        await tablet.MarkAsync("Theory", contest.Bibs["Li Lei"], "Written test", 7);
        (await tablet.WaitingAsync()).ShouldBe(1);
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator(".tile")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("Zhang Wei");
        (await tablet.WaitingAsync()).ShouldBe(1);
        await Assertions.Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "offline");
        // The server really is out of reach: only the worker's copy could have opened the page.
        (await page.EvaluateAsync<bool>("() => fetch('/health/live').then(() => true, () => false)")).ShouldBeFalse();

        await context.SetOfflineAsync(false);
        await page.EvaluateAsync("() => dispatchEvent(new Event('online'))");
        await tablet.WaitUntilSentAsync();
        var board = await Eventually.LeaderboardAsync(app.Api(), contest, b => Eventually.Total(b, "Li Lei") > 0);
        Eventually.Total(board, "Li Lei").ShouldBe(21m); // 30 × 7/10, sent after the offline reload
    }

    [Fact]
    public async Task The_badge_says_offline_while_the_server_does_not_answer_though_the_network_is_up()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Badge contest", ("Li Lei", "Grid Co"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        var badge = page.Locator("#connection");
        await page.Locator(".tile").First.WaitForAsync();
        await Assertions.Expect(badge).ToHaveAttributeAsync("data-state", "online");

        await page.RouteAsync("**/api/**", route => route.AbortAsync("connectionrefused"));
        await page.RouteAsync("**/health/**", route => route.AbortAsync("connectionrefused"));
        await Assertions.Expect(badge).ToHaveAttributeAsync("data-state", "offline", new() { Timeout = 10000 });
        (await page.EvaluateAsync<bool>("() => navigator.onLine")).ShouldBeTrue();

        await page.UnrouteAllAsync();
        await Assertions.Expect(badge).ToHaveAttributeAsync("data-state", "online", new() { Timeout = 10000 });
    }

    [Fact]
    public async Task The_sheet_keeps_a_running_total_against_its_maximum_and_Next_opens_the_next_entry_of_the_stage()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Total contest", blindPractical: false, hiddenBoard: false,
            [("Measured length", 20, "measurement"), ("Safety faults", 5, "deduction")], ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"));
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        var bibs = contest.Bibs.Values.Order().ToArray();
        await page.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{bibs[0]}']").ClickAsync();
        var total = page.Locator(".sheet-total");
        await Assertions.Expect(total).ToHaveTextAsync("Total 0 / 30"); // 10 + 20: a deduction adds nothing to the maximum

        await page.Locator(".criterion[data-name='Written test'] button.point[data-points='8']").ClickAsync();
        await Assertions.Expect(total).ToHaveTextAsync("Total 8 / 30");
        await page.Locator(".criterion[data-name='Measured length'] input[name=points]").FillAsync("12.5");
        // The view is drawn again while the judge is still in the field (here: the network coming back; as well an
        // answer arriving): what they typed stays, and so does the focus.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        await Assertions.Expect(page.Locator(".criterion[data-name='Measured length'] input[name=points]")).ToBeFocusedAsync();
        await page.Locator(".criterion[data-name='Measured length'] input[name=points]").PressAsync("Tab");
        await page.Locator(".criterion[data-name='Safety faults'] button.point[data-points='2']").ClickAsync();
        await Assertions.Expect(total).ToHaveTextAsync("Total 18.50 / 30.00"); // 8 + 12.5 − 2
        await Assertions.Expect(total).ToHaveAttributeAsync("data-total", "18.5");

        await page.Locator("button[name=next]").ClickAsync();
        await Assertions.Expect(page.Locator(".sheet")).ToHaveAttributeAsync("data-bib", bibs[1].ToString());
        await Assertions.Expect(total).ToHaveTextAsync("Total 0 / 30");
        await Assertions.Expect(page.Locator("button[name=next]")).ToHaveCountAsync(0); // the last entry of the stage
        await new Tablet(page).WaitUntilSentAsync();
        await page.Locator("button[name=back]").ClickAsync();
        await Assertions.Expect(page.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{bibs[0]}']")).ToContainTextAsync("3/3");
    }
}
