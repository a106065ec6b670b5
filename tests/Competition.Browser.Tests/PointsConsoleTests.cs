namespace Competition.Browser.Tests;

/// A points contest (积分制) through the console: the reasons table, a grant, a CSV of grants, the standings and the end
/// of the season.
[Collection(BrowserCollection.Name)]
public sealed class PointsConsoleTests(BrowserApp app)
{
    [Fact]
    public async Task Reasons_a_grant_and_a_csv_of_grants_make_the_standings_and_finishing_makes_them_final()
    {
        var (_, page) = await app.OpenAsync("/", 1280, 900);
        var console = new OrganizerConsole(page);
        await ConsoleKinds.CreateAsync(page, "安全生产积分赛", "points");
        await console.AddCategoryAsync("安全");

        var category = page.Locator("#setup article.category[data-name='安全']");
        foreach (var (code, name, worth, cap) in new[] { ("TRAIN", "培训", "5", "30"), ("ACC", "事故", "-6", "") })
        {
            var form = category.Locator("form[name=add-reason]");
            await form.Locator("input[name=code]").FillAsync(code);
            await form.Locator("input[name=name]").FillAsync(name);
            await form.Locator("input[name=points]").FillAsync(worth);
            await form.Locator("input[name=capPerEntry]").FillAsync(cap);
            await form.Locator("button[type=submit]").ClickAsync();
            await category.Locator($"tr.reason[data-code='{code}']").WaitForAsync();
        }

        await console.SetRegistrationAsync(true);
        await console.RegisterAsync("一班", "一厂");
        await console.RegisterAsync("二班", "二厂");
        await console.ApproveAllAsync(2);

        await page.Locator("nav.sections button[value=points]").ClickAsync();
        var points = page.Locator("#points");
        var grant = points.Locator("form[name=grant]");
        await grant.Locator("select[name=entryId]").SelectOptionAsync(new SelectOptionValue { Label = "一班 · 安全" });
        await grant.Locator("input[name=reasonCode]").FillAsync("TRAIN");
        await grant.Locator("input[name=quantity]").FillAsync("2");
        await grant.Locator("button[type=submit]").ClickAsync();
        await points.Locator("table.grants tr.grant").WaitForAsync();

        var csv = points.Locator("form[name=import-grants]");
        await csv.Locator("textarea").FillAsync("单位,事由,数量,日期,备注\n二班,TRAIN,1,2026-03-01,\n二班,NOPE,1,2026-03-01,\n");
        await csv.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(points.Locator(".csv-result li[data-line='3']")).ToContainTextAsync("line 3");
        await csv.Locator("textarea").FillAsync("单位,事由,数量,日期,备注\n二班,TRAIN,1,2026-03-01,\n一班,ACC,,2026-03-02,违章\n");
        await csv.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(points.Locator(".csv-result .message.info")).ToHaveTextAsync("2 lines imported.");

        var standings = page.Locator("#results article.category[data-name='安全']");
        await ConsoleKinds.RefreshUntilAsync(page, standings.Locator("button[name=refresh-standings]"),
            standings.Locator("tr.standing[data-name='二班'] td.total", new() { HasText = "5.00" }));
        await Assertions.Expect(standings.Locator("tr.standing[data-name='一班'] td.total")).ToHaveTextAsync("4.00");
        await Screenshots.SaveAsync(page, "console-points");

        await points.Locator("button[name=finish]").ClickAsync();
        await InPageDialog.ConfirmAsync(page);
        await ConsoleKinds.RefreshUntilAsync(page, standings.Locator("button[name=refresh-standings]"),
            standings.Locator(".standings-status[data-status='final']"));
        app.PageErrors.ShouldBeEmpty();
    }
}
