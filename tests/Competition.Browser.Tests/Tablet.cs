namespace Competition.Browser.Tests;

// What a judge does on the tablet page, in the page's own terms (stage, bib, criterion, points).
public sealed class Tablet(IPage page)
{
    public IPage Page => page;

    public Task MarkAsync(string stage, int bib, string criterion, int points) => MarkTileAsync(stage, $"data-bib='{bib}'", criterion, points);

    /// On a blind stage, where the work is known by its work code only.
    public Task MarkWorkAsync(string stage, string workCode, string criterion, int points) =>
        MarkTileAsync(stage, $"data-work-code='{workCode}'", criterion, points);

    async Task MarkTileAsync(string stage, string tile, string criterion, int points)
    {
        await page.Locator($".stage-group[data-stage-name='{stage}'] .tile[{tile}]").ClickAsync();
        await page.Locator($".criterion[data-name='{criterion}'] button.point[data-points='{points}']").ClickAsync();
        await page.Locator($".criterion[data-name='{criterion}'] button.point[data-points='{points}'][aria-pressed='true']").WaitForAsync();
        await page.Locator("button[name=back]").ClickAsync();
    }

    public async Task SubmitAsync(string stage, int bib)
    {
        await page.Locator($".stage-group[data-stage-name='{stage}'] .tile[data-bib='{bib}']").ClickAsync();
        await page.Locator("button[name=submit-sheet]").ClickAsync();
        await page.Locator("dialog[open] button[name=confirm]").ClickAsync();
        await page.Locator(".sheet .pill.ok").WaitForAsync();
        await page.Locator("button[name=back]").ClickAsync();
    }

    public Task<string> ConnectionAsync() => page.Locator("#connection").GetAttributeAsync("data-state")!;

    public async Task<int> WaitingAsync() => int.Parse(await page.Locator("#outbox-count").TextContentAsync() ?? "0");

    public Task WaitUntilSentAsync() =>
        page.WaitForFunctionAsync("() => document.querySelector('#outbox-count').textContent === '0'", null, new() { Timeout = 20000 });
}
