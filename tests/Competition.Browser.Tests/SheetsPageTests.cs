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

    [Fact]
    public async Task An_upheld_appeal_says_the_proposal_is_withdrawn_and_leads_to_the_sheets_to_correct()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Upheld appeal contest", ("Li Lei", "Grid Co"), ("Wang Fang", "Harbor Ltd"));
        var c = $"/api/contests/{contest.Id}";
        foreach (var name in new[] { "Li Lei", "Wang Fang" })
        {
            await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, name, name == "Li Lei" ? 9m : 6m);
            await api.PostAsync($"{c}/stages/{contest.PracticalId}/entries/{contest.EntryIds[name]}/sheet/submit", contest.JudgeToken);
        }
        await api.PostAsync($"{c}/stages/{contest.TheoryId}/close", contest.OrganizerToken);
        await api.PostAsync($"{c}/stages/{contest.PracticalId}/close", contest.OrganizerToken);
        await Eventually.LeaderboardAsync(api, contest, b => b.GetProperty("status").GetString() == "final");
        await api.PostAsync($"{c}/categories/{contest.CategoryId}/awards/propose", contest.OrganizerToken);
        await api.PostAsync($"{c}/categories/{contest.CategoryId}/awards/notice", contest.OrganizerToken, new { days = 7 });
        await api.PostAsync($"{c}/categories/{contest.CategoryId}/awards/appeals", contest.OrganizerToken,
            new { entryId = contest.EntryIds["Wang Fang"], reason = "实操评分表录入有误" });

        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await page.GotoAsync($"/#contest={contest.Id}");
        var awards = page.Locator("#awards article.category[data-name='Electrician']");
        await awards.Locator("li.appeal button[name=uphold]").ClickAsync();
        (await InPageDialog.ConfirmAsync(page)).ShouldContain("The proposal is withdrawn. Reopen the sheets to correct");

        var guidance = awards.Locator(".after-upheld");
        await Assertions.Expect(guidance).ToContainTextAsync("Appeal upheld (Wang Fang): the proposal is withdrawn.");
        await Assertions.Expect(awards.Locator(".pill[data-status]")).ToHaveAttributeAsync("data-status", "none");
        await guidance.Locator("button[name=to-sheets]").ClickAsync();
        var judging = page.Locator("#judging article.category[data-name='Electrician']");
        await Assertions.Expect(judging).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("attention"));
        await Assertions.Expect(judging).ToBeInViewportAsync();

        // The way on: open the stage again, reopen the sheet with its reason.
        await judging.Locator("tr.stage[data-name='Practical'] button[name=open-stage]").ClickAsync();
        await Assertions.Expect(judging.Locator("tr.stage[data-name='Practical']")).ToHaveAttributeAsync("data-status", "open");
        await page.Locator($"#judging .progress-row[data-bib='{contest.Bibs["Wang Fang"]}'] button[name=sheets]").ClickAsync();
        var sheet = page.Locator("dialog.entry-sheets tr.sheet-row[data-judge='Zhang Wei'][data-stage='Practical']");
        await sheet.Locator("button[name=reopen-sheet]").ClickAsync();
        await InPageDialog.GiveReasonAsync(page, "申诉成立：实操分数录入有误");
        await Assertions.Expect(sheet).ToHaveAttributeAsync("data-status", "open");
    }
}
