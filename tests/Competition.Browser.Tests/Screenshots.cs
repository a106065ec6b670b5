using Competition.TestSupport;

namespace Competition.Browser.Tests;

public static class Screenshots
{
    /// <summary>&lt;repo&gt;/TestResults/screenshots/&lt;name&gt;.png, next to the test reports.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.png");
        // Finite animations (a row fading in, a rank moving) are fast-forwarded to their end state.
        await page.ScreenshotAsync(new() { Path = path, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
