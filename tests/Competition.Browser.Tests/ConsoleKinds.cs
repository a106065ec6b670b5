namespace Competition.Browser.Tests;

/// What the labour and points console tests share: a contest of a kind created through the console's start page.
static class ConsoleKinds
{
    public static async Task<(string Id, string Token)> CreateAsync(IPage page, string name, string kind)
    {
        await page.Locator("form[name=admin-key] input[name=key]").FillAsync(BrowserApp.AdminKey);
        await page.Locator("form[name=admin-key] button[type=submit]").ClickAsync();
        await page.Locator("form[name=create-contest] input[name=name]").FillAsync(name);
        await page.Locator("form[name=create-contest] select[name=kind]").SelectOptionAsync(kind);
        await page.Locator("form[name=create-contest] button[type=submit]").ClickAsync();
        var token = (await page.Locator("#organizer-token .token").TextContentAsync())!;
        await page.Locator("#organizer-token button").ClickAsync();
        await page.Locator("#organizer-token").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        var id = new Uri(page.Url).Fragment.Split('&')[0].Replace("#contest=", "");
        return (Uri.UnescapeDataString(id), token);
    }

    /// Clicks until the locator shows up: boards are built by the projection daemon, a moment after the command.
    public static async Task RefreshUntilAsync(IPage page, ILocator refresh, ILocator wanted)
    {
        for (var i = 0; i < 40 && await wanted.CountAsync() == 0; i++)
        {
            await refresh.ClickAsync();
            await page.WaitForTimeoutAsync(250);
        }
        await Assertions.Expect(wanted.First).ToBeVisibleAsync();
    }
}
