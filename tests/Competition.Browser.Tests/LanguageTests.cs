namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserApp app)
{
    [Theory]
    [InlineData("/", "竞赛管理台")]
    [InlineData("/judge", "裁判评分")]
    public async Task A_chinese_browser_gets_chinese_by_default(string path, string heading)
    {
        var (_, page) = await app.OpenAsync(path, locale: "zh-CN");
        await Assertions.Expect(page.Locator("header h1")).ToHaveTextAsync(heading);
        (await page.EvaluateAsync<string>("() => document.documentElement.lang")).ShouldBe("zh-CN");
    }

    [Fact]
    public async Task The_language_switch_is_remembered_across_reloads()
    {
        var (_, page) = await app.OpenAsync("/judge", locale: "en-US");
        await Assertions.Expect(page.Locator("header h1")).ToHaveTextAsync("Judge tablet");
        await page.Locator(".lang-switch button[value='zh-CN']").ClickAsync();
        await Assertions.Expect(page.Locator("header h1")).ToHaveTextAsync("裁判评分");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("header h1")).ToHaveTextAsync("裁判评分");
        await Assertions.Expect(page.Locator(".sign-in h2")).ToHaveTextAsync("裁判登录");
    }

    [Fact]
    public async Task Ordinals_counts_and_relative_times_follow_the_language()
    {
        var (_, page) = await app.OpenAsync("/judge", locale: "en-US");
        var english = await page.EvaluateAsync<string[]>(@"async () => {
            const i18n = await import('/js/i18n.js');
            return [i18n.ordinal(1), i18n.ordinal(2), i18n.ordinal(3), i18n.ordinal(11), i18n.ordinal(22), i18n.relative(Date.now() - 3000), i18n.number(1234.5)];
        }");
        english.ShouldBe(["1st", "2nd", "3rd", "11th", "22nd", "3 seconds ago", "1,234.50"]);
        await page.Locator(".lang-switch button[value='zh-CN']").ClickAsync();
        var chinese = await page.EvaluateAsync<string[]>(@"async () => {
            const i18n = await import('/js/i18n.js');
            return [i18n.ordinal(1), i18n.relative(Date.now() - 3000)];
        }");
        chinese.ShouldBe(["第1名", "3秒钟前"]);
    }
}
