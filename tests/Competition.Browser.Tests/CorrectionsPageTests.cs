namespace Competition.Browser.Tests;

/// Fixing set-up mistakes from the console: a weight typed as a fraction, a misspelt name. The correction shows
/// on every page that shows the thing.
[Collection(BrowserCollection.Name)]
public sealed class CorrectionsPageTests(BrowserApp app)
{
    async Task<IPage> ConsoleAsync(string contestId, string token)
    {
        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contestId, token });
        await page.GotoAsync($"/#contest={contestId}");
        await page.Locator("#setup").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task A_weight_typed_as_a_fraction_is_questioned_kept_if_meant_and_corrected_in_the_stage_dialog()
    {
        var api = app.Api();
        var created = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name = "Weights contest", kind = "skills", locale = "en" });
        var (id, token) = (created.GetProperty("id").GetString()!, created.GetProperty("organizerToken").GetString()!);
        var category = await api.IdAsync($"/api/contests/{id}/categories", token, new { name = "Electrician", entryType = "individual" });
        await api.IdAsync($"/api/contests/{id}/categories/{category}/stages", token, new { name = "Practical", weight = 70, aggregation = new { rule = "mean" } });
        var page = await ConsoleAsync(id, token);
        var article = page.Locator("#setup article.category[data-name='Electrician']");

        var add = article.Locator("form[name=add-stage]");
        await add.Locator("input[name=name]").FillAsync("Theory");
        await add.Locator("input[name=weight]").FillAsync("0.3");
        await add.Locator("button[type=submit]").ClickAsync();
        (await InPageDialog.CancelAsync(page)).ShouldContain("Did you mean 30 %?"); // kept as typed: 0.3 %
        var theory = page.Locator("#setup tr.stage[data-name='Theory']");
        await Assertions.Expect(theory.Locator("td.weight")).ToHaveTextAsync("0.3%");
        await Assertions.Expect(article.Locator(".pill[data-weights]")).ToHaveAttributeAsync("data-weights", "70.3");
        await Assertions.Expect(article.Locator(".weights-help")).ToContainTextAsync("29.7 % missing");

        await theory.Locator("button[name=edit-stage]").ClickAsync();
        var dialog = page.Locator("dialog.edit[data-edit=stage]");
        await dialog.Locator("input[name=weight]").FillAsync("0.3");
        await dialog.Locator("button[name=save]").ClickAsync();
        await InPageDialog.ConfirmAsync(page); // "Use 30 %"
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(theory.Locator("td.weight")).ToHaveTextAsync("30%");
        await Assertions.Expect(article.Locator(".pill[data-weights]")).ToHaveAttributeAsync("data-weights", "100");
        await Assertions.Expect(article.Locator(".weights-help")).ToHaveCountAsync(0);
        var stages = (await api.SendAsync(HttpMethod.Get, $"/api/contests/{id}", null)).GetProperty("categories")[0].GetProperty("stages");
        stages.EnumerateArray().Select(s => s.GetProperty("weight").GetDecimal()).ShouldBe([70m, 30m]);
    }

    [Fact]
    public async Task A_refused_change_is_explained_inside_its_dialog_and_what_was_typed_stays()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Refused edit contest", ("Li Lei", "Grid Co"));
        var page = await ConsoleAsync(contest.Id, contest.OrganizerToken);

        // Marking has begun: the weight is not offered, but a name already taken is refused by the server.
        await page.Locator("#setup article.category[data-name='Electrician'] button[name=edit-category]").ClickAsync();
        var dialog = page.Locator("dialog.edit[data-edit=category]");
        await dialog.Locator("input[name=name]").FillAsync("   ");
        await dialog.Locator("button[name=save]").ClickAsync();
        await Assertions.Expect(dialog.Locator(".message.error")).ToContainTextAsync("name");
        await Assertions.Expect(dialog.Locator("input[name=name]")).ToHaveValueAsync("   ");
        await dialog.Locator("button[name=cancel]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#setup article.category[data-name='Electrician']")).ToHaveCountAsync(1); // unchanged
        await page.Locator("#setup tr.stage[data-name='Theory'] button[name=edit-stage]").ClickAsync();
        (await page.Locator("dialog.edit[data-edit=stage] input[name=weight]").CountAsync()).ShouldBe(0, "weights stay once marking began");
    }

    [Fact]
    public async Task A_renamed_entry_and_stage_show_on_the_console_the_big_screen_and_the_tablet()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Rename contest", ("Li Lie", "Grid Co"));
        await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, "Li Lie", 8m);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}", 1920, 1080);
        await Assertions.Expect(screen.Locator("#rows .row .name")).ToHaveTextAsync("Li Lie");
        var (_, tablet) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        await tablet.Locator(".stage-group[data-stage-name='Practical']").WaitForAsync();
        var page = await ConsoleAsync(contest.Id, contest.OrganizerToken);

        await page.Locator("#entries tr.entry[data-name='Li Lie'] button[name=edit-entry]").ClickAsync();
        var entry = page.Locator("dialog.edit[data-edit=entry]");
        (await entry.Locator("input[name=organization]").CountAsync()).ShouldBe(0, "the organization stays once marking began");
        await entry.Locator("input[name=name]").FillAsync("Li Lei");
        await entry.Locator("button[name=save]").ClickAsync();
        await Assertions.Expect(page.Locator("#entries tr.entry[data-name='Li Lei']")).ToHaveCountAsync(1);

        await page.Locator("#setup tr.stage[data-name='Practical'] button[name=edit-stage]").ClickAsync();
        await page.Locator("dialog.edit[data-edit=stage] input[name=name]").FillAsync("实操");
        await page.Locator("dialog.edit[data-edit=stage] button[name=save]").ClickAsync();
        await Assertions.Expect(page.Locator("#setup tr.stage[data-name='实操']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#judging tr.stage[data-name='实操']")).ToHaveCountAsync(1);

        await Assertions.Expect(screen.Locator("#rows .row .name")).ToHaveTextAsync("Li Lei", new() { Timeout = 10000 });
        // The boards do not carry stage names: the screen reads the contest again every 15 s.
        await Assertions.Expect(screen.Locator("#headings .stage-score")).ToHaveTextAsync(["Theory 30%", "实操 70%"], new() { Timeout = 20000 });
        await Assertions.Expect(screen.Locator($"#rows .row[data-bib='{contest.Bibs["Li Lie"]}'] .total")).ToHaveTextAsync("56.00");
        await tablet.ReloadAsync();
        await Assertions.Expect(tablet.Locator(".stage-group[data-stage-name='实操']")).ToHaveCountAsync(1);
        (await tablet.ContentAsync()).ShouldNotContain("Li Lei"); // judges see bibs, never names
    }

    [Fact]
    public async Task The_correction_and_confirmation_dialogs_speak_chinese_at_tablet_and_projector_size()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "省职工技能大赛", ("李雷", "国网华东"), ("韩梅梅", "华北电力"));
        foreach (var (width, height, size) in new[] { (1024, 768, "tablet"), (1920, 1080, "projector") })
        {
            var (_, page) = await app.OpenAsync("/", width, height, "zh-CN");
            await page.EvaluateAsync("([id, token]) => { localStorage.setItem('competition.lang', 'zh-CN'); localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } })); }",
                new[] { contest.Id, contest.OrganizerToken });
            await page.GotoAsync($"/#contest={contest.Id}");
            await page.Locator("#entries tr.entry[data-name='李雷'] button[name=edit-entry]").ClickAsync();
            var dialog = page.Locator("dialog.edit[data-edit=entry]");
            await Assertions.Expect(dialog.Locator("h2")).ToHaveTextAsync("修改参赛者「李雷」");
            await Assertions.Expect(dialog).ToContainTextAsync("单位（裁判按单位回避）不能再改");
            await Screenshots.SaveAsync(page, $"console-edit-entry-{size}-zh");
            await dialog.Locator("button[name=cancel]").ClickAsync();

            await page.Locator("#judging tr.stage[data-name='Practical'] button[name=close-stage]").ClickAsync();
            var confirm = page.Locator("dialog[role=alertdialog][open]");
            await Assertions.Expect(confirm).ToContainTextAsync("结束后评委不能再评分");
            await Assertions.Expect(confirm.Locator("button[name=confirm]")).ToHaveTextAsync("确定");
            await Screenshots.SaveAsync(page, $"console-confirm-close-{size}-zh");
            await InPageDialog.CancelAsync(page);
        }
    }
}
