namespace Competition.Browser.Tests;

/// <summary>An assessor's unit sheet on the tablet: a value typed into an item, and the sheet submitted.</summary>
public static class UnitSheet
{
    public static async Task Fill(IPage page, string item, string value)
    {
        var input = page.Locator($".item[data-name='{item}'] input[name=points]");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
        await Assertions.Expect(page.Locator($".item[data-name='{item}'] input[name=points]")).ToHaveValueAsync(value);
    }

    public static async Task SubmitAsync(IPage page)
    {
        await page.Locator("button[name=submit-sheet]").ClickAsync();
        await page.Locator("dialog[open] button[name=confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".unit-sheet .sheet-head .pill.ok")).ToBeVisibleAsync(new() { Timeout = 10000 });
    }
}
