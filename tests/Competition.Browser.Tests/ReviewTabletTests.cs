namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ReviewTabletTests(BrowserApp app)
{
    [Fact]
    public async Task The_chief_judge_re_marks_the_review_sample_on_the_tablet_and_sees_it_pass()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Review contest", ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"));
        var c = $"/api/contests/{contest.Id}";
        var chief = await api.PostAsync($"{c}/judges", contest.OrganizerToken,
            new { name = "Liu Yang", organization = "Referee Board", categoryIds = new[] { contest.CategoryId }, chief = true });
        var given = new Dictionary<(string Judge, string Stage, string Entry), int>();
        foreach (var (judge, token, offset) in new[] { ("Zhang Wei", contest.JudgeToken, 0), ("Chen Jing", contest.OtherJudgeToken, 1) })
            foreach (var (entry, points) in new[] { ("Li Lei", 8), ("Han Meimei", 6) })
                foreach (var (stage, criterion) in new[] { (contest.TheoryId, contest.TheoryCriterionId), (contest.PracticalId, contest.PracticalCriterionId) })
                {
                    await contest.MarkAsync(api, token, stage, criterion, entry, points - offset);
                    given[(judge, stage == contest.TheoryId ? "Theory" : "Practical", entry)] = points - offset;
                }
        foreach (var stage in new[] { contest.TheoryId, contest.PracticalId }) await api.PostAsync($"{c}/stages/{stage}/close", contest.OrganizerToken);
        await api.PostAsync($"{c}/categories/{contest.CategoryId}/review/draw", contest.OrganizerToken, new { top = 2, share = 0 });

        var (_, page) = await app.OpenAsync($"/judge#token={chief.GetProperty("token").GetString()}");
        await Assertions.Expect(page.Locator(".review-banner")).ToContainTextAsync("8 of 8 to re-mark");
        await page.Locator("button[name=open-review]").ClickAsync();
        var items = page.Locator(".review .review-item");
        await Assertions.Expect(items).ToHaveCountAsync(8);
        var entries = contest.Bibs.ToDictionary(b => b.Value.ToString(), b => b.Key);
        for (var i = 0; i < 8; i++)
        {
            var item = items.Nth(i);
            var bib = await item.GetAttributeAsync("data-bib");
            var judge = await item.GetAttributeAsync("data-judge");
            var stage = (await item.GetAttributeAsync("data-criterion")) == "Written test" ? "Theory" : "Practical";
            await item.Locator("input[name=points]").FillAsync(given[(judge!, stage, entries[bib!])].ToString());
            await item.Locator("input[name=points]").PressAsync("Tab");
            await Assertions.Expect(page.Locator(".review .pill")).ToHaveTextAsync(i < 7 ? $"{7 - i} of 8 to re-mark" : "Passed");
        }
        await Assertions.Expect(page.Locator(".review .message.info")).ToHaveTextAsync("Review finished: 0 of 8 differ (0.0%): passed.");
        await api.PostAsync($"{c}/categories/{contest.CategoryId}/awards/propose", contest.OrganizerToken);
    }
}
