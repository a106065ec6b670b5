namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ContestThroughPagesTests(BrowserApp app)
{
    const string Category = "Electrician";

    [Fact]
    public async Task Organizer_sets_up_two_judges_mark_one_offline_and_the_screen_reranks_live()
    {
        var (_, organizerPage) = await app.OpenAsync("/", 1280, 900);
        var console = new OrganizerConsole(organizerPage);
        await console.CreateContestAsync(BrowserApp.AdminKey, "City Skills 2025");
        var contestId = organizerPage.Url.Split("#contest=")[1];
        await console.AddCategoryAsync(Category);
        await console.AddStageAsync(Category, "Theory", 30);
        await console.AddStageAsync(Category, "Practical", 70);
        await console.AddCriterionAsync("Theory", "Written test", 10);
        await console.AddCriterionAsync("Practical", "Quality", 10);
        await console.SetAwardPolicyAsync(Category, "Gold 34%\nSilver 33%");
        await console.SetRegistrationAsync(open: true);
        foreach (var (name, organization) in new[] { ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"), ("Wang Fang", "Harbor Ltd") })
            await console.RegisterAsync(name, organization);
        await console.ApproveAllAsync(3);
        await console.SetRegistrationAsync(open: false);
        var zhangLink = await console.AppointJudgeAsync("Zhang Wei", "Referee Board");
        var chenLink = await console.AppointJudgeAsync("Chen Jing", "Referee Board");
        await console.DrawAsync(Category);
        await console.StageAsync("Theory", open: true);
        await console.StageAsync("Practical", open: true);
        await Screenshots.SaveAsync(organizerPage, "flow-organizer");

        var (_, screen) = await app.OpenAsync($"/screen/{contestId}", 1920, 1080);
        await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(3);
        await screen.EvaluateAsync("() => window.notReloaded = true");
        var bibs = new Dictionary<string, int>();
        foreach (var row in await screen.Locator("#rows .row").AllAsync())
            bibs[(await row.Locator(".name").TextContentAsync())!] = int.Parse((await row.GetAttributeAsync("data-bib"))!);

        var (_, zhangPage) = await app.OpenAsync(zhangLink);
        var zhang = new Tablet(zhangPage);
        zhangPage.Url.ShouldNotContain("token", Case.Insensitive);
        foreach (var (name, theory, practical) in new[] { ("Wang Fang", 9, 8), ("Han Meimei", 7, 9), ("Li Lei", 10, 10) })
        {
            await zhang.MarkAsync("Theory", bibs[name], "Written test", theory);
            await zhang.MarkAsync("Practical", bibs[name], "Quality", practical);
        }
        await zhang.WaitUntilSentAsync();
        await Assertions.Expect(screen.Locator("#rows .row").First.Locator(".name")).ToHaveTextAsync("Li Lei");

        var (chenContext, chenPage) = await app.OpenAsync(chenLink);
        var chen = new Tablet(chenPage);
        await chenPage.Locator(".tile").First.WaitForAsync();
        await chenContext.SetOfflineAsync(true);
        await Assertions.Expect(chenPage.Locator("#connection")).ToHaveAttributeAsync("data-state", "offline");
        foreach (var (name, theory, practical) in new[] { ("Wang Fang", 9, 10), ("Han Meimei", 7, 5), ("Li Lei", 0, 2) })
        {
            await chen.MarkAsync("Theory", bibs[name], "Written test", theory);
            await chen.MarkAsync("Practical", bibs[name], "Quality", practical);
        }
        (await chen.WaitingAsync()).ShouldBe(6);
        await chenPage.Locator($".stage-group[data-stage-name='Practical'] .tile[data-bib='{bibs["Li Lei"]}']").ClickAsync();
        await Assertions.Expect(chenPage.Locator(".criterion .state")).ToHaveAttributeAsync("data-state", "waiting");
        await chenPage.Locator("button[name=back]").ClickAsync();
        await Assertions.Expect(screen.Locator("#rows .row").First.Locator(".name")).ToHaveTextAsync("Li Lei");

        await chenContext.SetOfflineAsync(false);
        await chen.WaitUntilSentAsync();
        await Assertions.Expect(screen.Locator("#rows .row .name")).ToHaveTextAsync(["Wang Fang", "Han Meimei", "Li Lei"], new() { Timeout = 15000 });
        await Assertions.Expect(screen.Locator("#rows .row .total")).ToHaveTextAsync(["90.00", "70.00", "57.00"]);
        (await screen.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue();
        await Screenshots.SaveAsync(screen, "flow-screen-reranked");

        await zhang.SubmitAsync("Theory", bibs["Wang Fang"]);
        await Assertions.Expect(organizerPage.Locator($"#judging .progress-row[data-bib='{bibs["Wang Fang"]}'] .judges-done"))
            .ToContainTextAsync("1/4", new() { Timeout = 15000 });
        await Assertions.Expect(screen.Locator($"#rows .row[data-bib='{bibs["Wang Fang"]}'] .judges")).ToHaveTextAsync("1/4");

        await console.StageAsync("Theory", open: false);
        await console.StageAsync("Practical", open: false);
        // Scores complete, but nothing is final before the public notice has passed and the awards are confirmed.
        await Assertions.Expect(screen.Locator("#badge")).ToHaveAttributeAsync("data-status", "scored", new() { Timeout = 15000 });
        await console.AwardsAsync(Category, "propose");
        await organizerPage.Locator($"#awards article.category[data-name='{Category}'] input[name=days]").FillAsync("1");
        await console.AwardsAsync(Category, "notice");
        await Assertions.Expect(screen.Locator("#badge")).ToHaveAttributeAsync("data-status", "notice", new() { Timeout = 15000 });
        await Assertions.Expect(screen.Locator("#badge")).ToHaveTextAsync("Public notice");
        app.Clock.Offset = TimeSpan.FromDays(2); // the day of public notice passes without appeals
        try { await console.AwardsAsync(Category, "confirm"); }
        finally { app.Clock.Offset = TimeSpan.Zero; }
        await Assertions.Expect(screen.Locator("#awards")).ToBeVisibleAsync(new() { Timeout = 15000 });
        await Assertions.Expect(screen.Locator("#awards")).ToContainTextAsync("Wang Fang");
        await Screenshots.SaveAsync(screen, "flow-screen-awards");
        await Assertions.Expect(screen.Locator($"#rows .row[data-bib='{bibs["Wang Fang"]}'] .award")).ToHaveTextAsync("Gold");
        await Assertions.Expect(screen.Locator("#badge")).ToHaveAttributeAsync("data-status", "final");
        app.PageErrors.ShouldBeEmpty();
    }
}
