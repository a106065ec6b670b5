using Microsoft.Playwright;

namespace Competition.Browser.Tests;

/// <summary>Answers the pages' in-page dialogs (js/dialog.js) as a person would: reads what it says, then clicks.</summary>
static class InPageDialog
{
    /// <summary>Waits for the open dialog, confirms it and returns the text it showed (title and consequence).</summary>
    public static async Task<string> ConfirmAsync(IPage page)
    {
        var dialog = page.Locator("dialog[role=alertdialog][open]");
        var text = await dialog.InnerTextAsync();
        await dialog.Locator("button[name=confirm]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        return text;
    }

    public static async Task<string> CancelAsync(IPage page)
    {
        var dialog = page.Locator("dialog[role=alertdialog][open]");
        var text = await dialog.InnerTextAsync();
        await dialog.Locator("button[name=cancel]").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        return text;
    }

    public static async Task<string> GiveReasonAsync(IPage page, string reason)
    {
        var dialog = page.Locator("dialog[role=alertdialog][open]");
        await dialog.Locator("textarea[name=reason]").FillAsync(reason);
        return await ConfirmAsync(page);
    }
}
