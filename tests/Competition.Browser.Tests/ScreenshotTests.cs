namespace Competition.Browser.Tests;

// Each page at tablet (1024×768) and projector (1920×1080) size, with a contest under way.
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserApp app)
{
    static readonly (int Width, int Height, string Name)[] Sizes = [(1024, 768, "tablet"), (1920, 1080, "projector")];

    [Fact]
    public async Task Every_page_renders_at_tablet_and_projector_size()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Provincial Skills Contest",
            ("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"), ("Wang Fang", "Harbor Ltd"), ("赵强", "华东电力"));
        foreach (var (name, theory, practical) in new[] { ("Li Lei", 6m, 7m), ("Han Meimei", 8m, 6.5m), ("Wang Fang", 9m, 9m), ("赵强", 7m, 8m) })
        {
            await contest.MarkAsync(api, contest.JudgeToken, contest.TheoryId, contest.TheoryCriterionId, name, theory);
            await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, name, practical);
        }

        foreach (var (width, height, size) in Sizes)
        {
            var (_, organizer) = await app.OpenAsync("/", width, height);
            await organizer.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
                new[] { contest.Id, contest.OrganizerToken });
            await organizer.GotoAsync($"/#contest={contest.Id}");
            await Assertions.Expect(organizer.Locator("#judging .progress-row")).ToHaveCountAsync(4);
            await organizer.Locator("#judging").ScrollIntoViewIfNeededAsync();
            File.Exists(await Screenshots.SaveAsync(organizer, $"organizer-{size}")).ShouldBeTrue();

            var (_, judge) = await app.OpenAsync($"/judge#token={contest.JudgeToken}", width, height);
            await Assertions.Expect(judge.Locator(".tile")).ToHaveCountAsync(8);
            await Screenshots.SaveAsync(judge, $"judge-list-{size}");
            await judge.Locator($".stage-group[data-stage-name='Practical'] .tile[data-bib='{contest.Bibs["Wang Fang"]}']").ClickAsync();
            await Assertions.Expect(judge.Locator(".criterion .state")).ToHaveAttributeAsync("data-state", "saved");
            await Screenshots.SaveAsync(judge, $"judge-sheet-{size}");

            var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}", width, height);
            await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(4);
            await Assertions.Expect(screen.Locator("#rows .row").First.Locator(".name")).ToHaveTextAsync("Wang Fang");
            await Assertions.Expect(screen.Locator("#qr img")).ToHaveJSPropertyAsync("complete", true);
            await Screenshots.SaveAsync(screen, $"screen-{size}");
            (await screen.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth")).ShouldBeTrue();
        }
        var (_, chinese) = await app.OpenAsync($"/screen/{contest.Id}", 1920, 1080, locale: "zh-CN");
        await Assertions.Expect(chinese.Locator("#badge")).ToHaveTextAsync("暂定");
        await Assertions.Expect(chinese.Locator("#rows .row").First.Locator(".rank")).ToHaveTextAsync("第1名");
        await Screenshots.SaveAsync(chinese, "screen-projector-zh");
        app.PageErrors.ShouldBeEmpty();
    }
}
