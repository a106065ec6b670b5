using System.Text.RegularExpressions;

namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BlindStagePagesTests(BrowserApp app)
{
    [Fact]
    public async Task The_tablet_shows_work_codes_on_a_blind_stage_and_bibs_on_an_open_one()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Blind contest", blindPractical: true, ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"));
        var labels = (await api.SendAsync(HttpMethod.Get, $"/api/contests/{contest.Id}/stages/{contest.PracticalId}/work-codes", contest.OrganizerToken))
            .GetProperty("labels").EnumerateArray().ToDictionary(l => l.GetProperty("name").GetString()!, l => l.GetProperty("workCode").GetString()!);
        var (_, page) = await app.OpenAsync($"/judge#token={contest.JudgeToken}");
        var theory = page.Locator(".stage-group[data-stage-name='Theory'] .tile");
        var practical = page.Locator(".stage-group[data-stage-name='Practical'] .tile");
        await practical.First.WaitForAsync();

        (await theory.EvaluateAllAsync<string[]>("tiles => tiles.map(t => t.dataset.bib)"))
            .ShouldBe(contest.Bibs.Values.Order().Select(b => b.ToString()));
        (await practical.EvaluateAllAsync<string[]>("tiles => tiles.map(t => t.dataset.workCode)")).ShouldBe(labels.Values.Order(StringComparer.Ordinal));
        (await practical.EvaluateAllAsync<int>("tiles => tiles.filter(t => 'bib' in t.dataset).length")).ShouldBe(0);
        await Assertions.Expect(practical.First).ToContainTextAsync("Work code");
        // Nothing on the blind stage's tiles reads as a bib.
        var practicalText = await page.Locator(".stage-group[data-stage-name='Practical']").InnerTextAsync();
        var withoutCodesAndProgress = Regex.Replace(labels.Values.Aggregate(practicalText, (text, code) => text.Replace(code, "")), @"\d+/\d+", "");
        withoutCodesAndProgress.ShouldNotMatch(@"\d", practicalText);

        var tablet = new Tablet(page);
        await tablet.MarkWorkAsync("Practical", labels["Han Meimei"], "Quality", 9);
        await Assertions.Expect(page.Locator($".tile[data-work-code='{labels["Han Meimei"]}']")).ToContainTextAsync(new Regex("1/1"));
        await tablet.WaitUntilSentAsync();
        await page.Locator($".tile[data-work-code='{labels["Han Meimei"]}']").ClickAsync();
        await Assertions.Expect(page.Locator(".sheet-bib")).ToHaveTextAsync($"Work code {labels["Han Meimei"]}");
        await page.Locator("button[name=back]").ClickAsync();

        // The mark counts on the board only when the stage closes, and then for the right worker.
        await api.PostAsync($"/api/contests/{contest.Id}/stages/{contest.PracticalId}/close", contest.OrganizerToken);
        var board = await Eventually.LeaderboardAsync(api, contest, b => Eventually.Total(b, "Han Meimei") > 0);
        Eventually.Total(board, "Han Meimei").ShouldBe(63m); // 70 × 9/10
        Eventually.Total(board, "Li Lei").ShouldBe(0m);
    }

    [Fact]
    public async Task The_console_adds_a_blind_stage_and_lists_its_work_codes_by_bib_to_print()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Blind console contest", blindPractical: true, ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"));
        var labels = (await api.SendAsync(HttpMethod.Get, $"/api/contests/{contest.Id}/stages/{contest.PracticalId}/work-codes", contest.OrganizerToken))
            .GetProperty("labels").EnumerateArray().ToDictionary(l => l.GetProperty("bib").GetInt32(), l => l.GetProperty("workCode").GetString()!);
        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await page.GotoAsync($"/#contest={contest.Id}");
        await Assertions.Expect(page.Locator("#setup tr.stage[data-name='Practical'] .pill", new() { HasText = "Blind" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#setup tr.stage[data-name='Theory'] .pill", new() { HasText = "Blind" })).ToHaveCountAsync(0);

        await page.Locator("#judging tr.stage[data-name='Practical'] button[name=work-codes]").ClickAsync();
        var rows = page.Locator("dialog.work-codes tr.work-code");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.bib + ' ' + r.dataset.workCode)"))
            .ShouldBe(labels.OrderBy(l => l.Key).Select(l => $"{l.Key} {l.Value}"));
        await Assertions.Expect(page.Locator("dialog.work-codes .label")).ToHaveCountAsync(2);
        await page.Locator("dialog.work-codes button[value=close]").ClickAsync();
        await Assertions.Expect(page.Locator("dialog.work-codes")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#judging tr.stage[data-name='Theory'] button[name=work-codes]")).ToHaveCountAsync(0);

        // A blind stage added from the set-up form.
        await page.Locator("#setup form[name=add-category] input[name=name]").FillAsync("Welder");
        await page.Locator("#setup form[name=add-category] button[type=submit]").ClickAsync();
        var form = page.Locator("#setup article.category[data-name='Welder'] form[name=add-stage]");
        await form.Locator("input[name=name]").FillAsync("Weld test");
        await form.Locator("input[name=weight]").FillAsync("100");
        await form.Locator("input[name=blind]").CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#setup tr.stage[data-name='Weld test'] .pill", new() { HasText = "Blind" })).ToBeVisibleAsync();
        var view = await api.SendAsync(HttpMethod.Get, $"/api/contests/{contest.Id}", null);
        view.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Welder")
            .GetProperty("stages")[0].GetProperty("blind").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_big_screen_shows_a_blind_stage_sealed_with_its_progress_until_it_closes()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Blind screen contest", blindPractical: true, ("Li Lei", "Grid Co"), ("Wang Fang", "Harbor Ltd"));
        var me = await api.SendAsync(HttpMethod.Get, "/api/judge/me", contest.JudgeToken);
        var work = me.GetProperty("assignments").EnumerateArray().First(a => a.GetProperty("stageId").GetString() == contest.PracticalId);
        var alias = work.GetProperty("entryId").GetString()!;
        await api.SendAsync(HttpMethod.Put, $"/api/contests/{contest.Id}/stages/{contest.PracticalId}/entries/{alias}/marks/{contest.PracticalCriterionId}",
            contest.JudgeToken, new { points = 8 });
        await api.PostAsync($"/api/contests/{contest.Id}/stages/{contest.PracticalId}/entries/{alias}/sheet/submit", contest.JudgeToken);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}", 1920, 1080);

        await Assertions.Expect(screen.Locator("#headings .stage-score").Nth(1)).ToHaveTextAsync("Practical 70% blind 1/4");
        await Assertions.Expect(screen.Locator("#rows .row .stage-score.sealed")).ToHaveTextAsync(["···", "···"]);
        await Assertions.Expect(screen.Locator("#progress-text")).ToHaveTextAsync("Judging 1 of 8 sheets (13%)");
        (await screen.Locator("#rows .row .total").AllTextContentsAsync()).ShouldBe(["0.00", "0.00"]);

        await api.PostAsync($"/api/contests/{contest.Id}/stages/{contest.PracticalId}/close", contest.OrganizerToken);
        await Assertions.Expect(screen.Locator("#rows .row .stage-score.sealed")).ToHaveCountAsync(0);
        await Assertions.Expect(screen.Locator("#headings .stage-score").Nth(1)).ToHaveTextAsync("Practical 70%");
        await Assertions.Expect(screen.Locator("#rows .row").First.Locator(".total")).ToHaveTextAsync("56.00"); // 70 × 8/10
    }
}
