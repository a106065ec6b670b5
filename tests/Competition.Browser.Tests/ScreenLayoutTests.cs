namespace Competition.Browser.Tests;

/// Issue 19, item 2: each number sits under its own heading, and on a phone the name, the organization and the total
/// stay readable. Checked on the boxes the browser laid out, at projector and at phone size, in Chinese and English.
[Collection(BrowserCollection.Name)]
public sealed class ScreenLayoutTests(BrowserApp app)
{
    sealed record Box(string Cell, double Left, double Right, double Width);

    [Theory]
    [InlineData(1920, 1080, "en")]
    [InlineData(1920, 1080, "zh-CN")]
    [InlineData(390, 844, "zh-CN")]
    public async Task Every_cell_is_under_its_heading_and_nothing_is_cut_off(int width, int height, string language)
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Layout contest", ("欧阳修远", "国网江苏省电力有限公司南京供电分公司"), ("Li Lei", "Grid Co"));
        await contest.MarkAsync(api, contest.JudgeToken, contest.TheoryId, contest.TheoryCriterionId, "Li Lei", 7.5m);
        await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, "Li Lei", 9m);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}", width, height);
        await screen.EvaluateAsync("lang => localStorage.setItem('competition.lang', lang)", language);
        await screen.ReloadAsync();
        await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(2);
        await Assertions.Expect(screen.Locator("#rows .row .total").First).Not.ToHaveTextAsync("–");

        var headings = await BoxesAsync(screen, "#headings");
        foreach (var row in await screen.Locator("#rows .row").AllAsync())
        {
            var cells = await BoxesAsync(row);
            cells.Select(c => c.Cell).ShouldBe(headings.Select(h => h.Cell));
            for (var i = 0; i < cells.Count; i++)
            {
                var (cell, heading) = (cells[i], headings[i]);
                if (cell.Width == 0 && heading.Width == 0) continue; // a column the layout leaves out at this size, on both
                // The cell's middle lies within its heading's span, and the two overlap for most of the narrower one.
                var middle = (cell.Left + cell.Right) / 2;
                middle.ShouldBeInRange(heading.Left - 1, heading.Right + 1, $"{cell.Cell} at {width}px ({language})");
                var overlap = Math.Min(cell.Right, heading.Right) - Math.Max(cell.Left, heading.Left);
                overlap.ShouldBeGreaterThan(0.5 * Math.Min(cell.Width, heading.Width), $"{cell.Cell} at {width}px ({language})");
            }
        }
        // Nothing readable is squeezed away or runs off the screen.
        foreach (var selector in new[] { ".name", ".organization", ".total" })
        {
            var box = (await screen.Locator($"#rows .row {selector}").First.BoundingBoxAsync())!;
            ((double)box.Width).ShouldBeGreaterThan(20, $"{selector} at {width}px");
            ((double)box.X + box.Width).ShouldBeLessThanOrEqualTo(width + 0.5, $"{selector} at {width}px");
        }
        // Ranks and totals are never cut short (a name or an organization may end in an ellipsis).
        foreach (var cut in await screen.Locator("#rows .row .rank, #rows .row .total").EvaluateAllAsync<bool[]>("els => els.map(e => e.scrollWidth > e.clientWidth)"))
            cut.ShouldBeFalse($"a rank or total is cut off at {width}px ({language})");
        await Screenshots.SaveAsync(screen, $"screen-layout-{width}-{language}");
    }

    static Task<List<Box>> BoxesAsync(IPage page, string selector) => BoxesAsync(page.Locator(selector));

    /// The element's child spans, by their first class, with their horizontal extent.
    static async Task<List<Box>> BoxesAsync(ILocator element) =>
        [.. (await element.EvaluateAsync<double[][]>(
                "el => [...el.children].map(c => { const r = c.getBoundingClientRect(); return [r.left, r.right, r.width]; })"))
            .Zip(await element.EvaluateAsync<string[]>("el => [...el.children].map(c => c.className)"))
            .Select(p => new Box(p.Second.Split(' ')[0], p.First[0], p.First[1], p.First[2]))];
}
