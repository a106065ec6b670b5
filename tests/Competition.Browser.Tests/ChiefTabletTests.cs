using System.Diagnostics;
using Xunit.Abstractions;

namespace Competition.Browser.Tests;

/// The chief judge's overview of the category's sheets on the tablet, and a reopen reaching the judge's own tablet
/// at once (pushed over the hub, not at the next poll), with its reason, in the list and on the sheet.
[Collection(BrowserCollection.Name)]
public sealed class ChiefTabletTests(BrowserApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task A_sheet_the_chief_judge_reopens_on_the_tablet_shows_on_the_judges_tablet_with_its_reason_within_a_second()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Reopen contest", ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"));
        var chief = await api.PostAsync($"/api/contests/{contest.Id}/judges", contest.OrganizerToken,
            new { name = "Liu Yang", organization = "Referee Board", categoryIds = new[] { contest.CategoryId }, chief = true });
        foreach (var token in new[] { contest.JudgeToken, contest.OtherJudgeToken })
        {
            await contest.MarkAsync(api, token, contest.TheoryId, contest.TheoryCriterionId, "Li Lei", 8);
            await api.PostAsync($"/api/contests/{contest.Id}/stages/{contest.TheoryId}/entries/{contest.EntryIds["Li Lei"]}/sheet/submit", token);
        }
        var bib = contest.Bibs["Li Lei"];
        var (_, judge) = await app.OpenAsync($"/judge#token={contest.JudgeToken}", locale: "zh-CN");
        await Assertions.Expect(judge.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{bib}'].submitted")).ToBeVisibleAsync();
        await Assertions.Expect(judge.Locator("#connection[data-push='live']")).ToHaveCountAsync(1); // signed in on the hub

        var (_, tablet) = await app.OpenAsync($"/judge#token={chief.GetProperty("token").GetString()}", locale: "zh-CN");
        await tablet.Locator("button[name=open-sheets]").ClickAsync();
        var tile = tablet.Locator($".chief .tile[data-bib='{bib}']");
        await Assertions.Expect(tile).ToContainTextAsync("已提交 2/6"); // 2 of 3 judges × 2 stages
        await tile.ClickAsync();
        var row = tablet.Locator(".chief-sheets .sheet-row[data-judge='Zhang Wei'][data-stage='Theory']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "submitted");
        await Assertions.Expect(tablet.Locator(".chief-sheets .sheet-row")).ToHaveCountAsync(6);
        // Entries by bib only: the chief judge is a judge.
        (await tablet.Locator("body").InnerTextAsync()).ShouldNotContain("Li Lei");
        output.WriteLine(await Screenshots.SaveAsync(tablet, "tablet-chief-sheets-zh"));

        const string reason = "第2项分数录错，请核对后重新提交";
        await row.Locator("button[name=reopen-sheet]").ClickAsync();
        var ask = tablet.Locator("dialog.ask");
        await Assertions.Expect(ask).ToContainTextAsync("Zhang Wei");
        await ask.Locator("textarea[name=reason]").FillAsync(reason);
        var clicked = Stopwatch.StartNew();
        await ask.Locator("button[name=confirm]").ClickAsync();
        await Assertions.Expect(judge.Locator(".reopened-banner")).ToContainTextAsync(reason, new() { Timeout = 10000 });
        var visible = clicked.Elapsed;
        output.WriteLine($"reopen click on the chief's tablet → reason visible on the judge's tablet: {visible.TotalMilliseconds:F0} ms");
        visible.ShouldBeLessThan(TimeSpan.FromSeconds(3), "the push, not the 20 s poll, brought the reopen");
        await Assertions.Expect(judge.Locator(".reopened-banner")).ToContainTextAsync("裁判长 Liu Yang 重新开放");
        await Assertions.Expect(judge.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{bib}'].reopened")).ToBeVisibleAsync();
        output.WriteLine(await Screenshots.SaveAsync(judge, "tablet-reopened-list-zh"));
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "open");
        await Assertions.Expect(row.Locator("button[name=reopen-sheet]")).ToHaveCountAsync(0);

        await judge.Locator($".stage-group[data-stage-name='Theory'] .tile[data-bib='{bib}']").ClickAsync();
        await Assertions.Expect(judge.Locator(".sheet .reopen-note")).ToContainTextAsync(reason);
        await Assertions.Expect(judge.Locator("button[name=submit-sheet]")).ToBeVisibleAsync();
        output.WriteLine(await Screenshots.SaveAsync(judge, "tablet-reopened-sheet-zh"));

        // Submitted again, the sheet is no longer marked reopened.
        await judge.Locator(".criterion button.point[data-points='9']").ClickAsync();
        await judge.Locator("button[name=submit-sheet]").ClickAsync();
        await judge.Locator("dialog[open] button[name=confirm]").ClickAsync();
        await Assertions.Expect(judge.Locator(".sheet .pill.ok")).ToBeVisibleAsync();
        await Assertions.Expect(judge.Locator(".sheet .reopen-note")).ToHaveCountAsync(0, new() { Timeout = 10000 });
        app.PageErrors.ShouldBeEmpty();
    }
}
