namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class JudgeAnalysisPageTests(BrowserApp app)
{
    [Fact]
    public async Task The_console_shows_each_judge_against_the_panel_and_flags_the_harsh_one()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Analysis contest", ("Li Lei", "Grid Co"), ("Wang Fang", "Harbor Ltd"), ("Zhao Min", "Delta Works"));
        foreach (var (name, points) in new[] { ("Li Lei", 9m), ("Wang Fang", 7m), ("Zhao Min", 5m) })
        {
            await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, name, points);
            await contest.MarkAsync(api, contest.OtherJudgeToken, contest.PracticalId, contest.PracticalCriterionId, name, points - 3);
        }
        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await page.GotoAsync($"/#contest={contest.Id}");

        await page.Locator("#judging article.category[data-name='Electrician'] button[name=judge-analysis]").ClickAsync();
        var rows = page.Locator("dialog.judge-analysis tr.judge-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        // Mean of each entry is 1.5 above the harsh judge's mark: −1.5 of 10 is −15%.
        await Assertions.Expect(page.Locator("dialog.judge-analysis tr.judge-row[data-name='Chen Jing']")).ToContainTextAsync("-15.0%");
        await Assertions.Expect(page.Locator("dialog.judge-analysis tr.judge-row[data-name='Chen Jing'] .pill", new() { HasText = "Harsh" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dialog.judge-analysis tr.judge-row[data-name='Zhang Wei'] .pill", new() { HasText = "Lenient" })).ToBeVisibleAsync();
        (await page.Locator("dialog.judge-analysis tr.judge-row[data-name='Zhang Wei'] .deviation .lenient").CountAsync()).ShouldBe(1);
    }
}
