namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SheetsPageTests(BrowserApp app)
{
    [Fact]
    public async Task The_organizer_sees_an_entrys_sheets_and_reopens_a_submitted_one_for_its_judge()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Sheets contest", ("Li Lei", "Grid Co"));
        var entry = contest.EntryIds["Li Lei"];
        await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, "Li Lei", 7m);
        await api.PostAsync($"/api/contests/{contest.Id}/stages/{contest.PracticalId}/entries/{entry}/sheet/submit", contest.JudgeToken);

        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await page.GotoAsync($"/#contest={contest.Id}");
        await page.Locator("#judging .progress-row button[name=sheets]").ClickAsync();

        var rows = page.Locator("dialog.entry-sheets tr.sheet-row");
        await Assertions.Expect(rows).ToHaveCountAsync(4); // 2 stages × 2 judges
        var submitted = page.Locator("dialog.entry-sheets tr.sheet-row[data-judge='Zhang Wei'][data-stage='Practical']");
        await Assertions.Expect(submitted).ToHaveAttributeAsync("data-status", "submitted");
        await Assertions.Expect(page.Locator("dialog.entry-sheets tr.sheet-row[data-judge='Chen Jing'][data-stage='Practical']"))
            .ToHaveAttributeAsync("data-status", "none");

        await submitted.Locator("button[name=reopen-sheet]").ClickAsync();
        await InPageDialog.GiveReasonAsync(page, "评分录入有误 wrong value typed");
        await Assertions.Expect(submitted).ToHaveAttributeAsync("data-status", "open");
        await Assertions.Expect(submitted.Locator("button[name=reopen-sheet]")).ToHaveCountAsync(0);

        // The judge can correct the mark now.
        await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, "Li Lei", 8m);
    }
}
