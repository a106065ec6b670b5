namespace Competition.Browser.Tests;

// What an organizer does in the console, in the console's own terms.
public sealed class OrganizerConsole(IPage page)
{
    public IPage Page => page;

    public async Task<string> CreateContestAsync(string adminKey, string name)
    {
        await page.Locator("form[name=admin-key] input[name=key]").FillAsync(adminKey);
        await page.Locator("form[name=admin-key] button[type=submit]").ClickAsync();
        await page.Locator("form[name=create-contest] input[name=name]").FillAsync(name);
        await page.Locator("form[name=create-contest] button[type=submit]").ClickAsync();
        var token = await page.Locator("#organizer-token .token").TextContentAsync();
        await page.Locator("#organizer-token button").ClickAsync();
        await page.Locator("#organizer-token").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        return token!;
    }

    public async Task AddCategoryAsync(string name)
    {
        await page.Locator("#setup form[name=add-category] input[name=name]").FillAsync(name);
        await page.Locator("#setup form[name=add-category] button[type=submit]").ClickAsync();
        await page.Locator($"#setup article.category[data-name='{name}']").WaitForAsync();
    }

    public async Task AddStageAsync(string category, string stage, int weight)
    {
        var form = page.Locator($"#setup article.category[data-name='{category}'] form[name=add-stage]");
        await form.Locator("input[name=name]").FillAsync(stage);
        await form.Locator("input[name=weight]").FillAsync(weight.ToString());
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"#setup tr.stage[data-name='{stage}']").WaitForAsync();
    }

    public async Task AddCriterionAsync(string stage, string criterion, int maxPoints)
    {
        var form = page.Locator($"#setup tr.stage[data-name='{stage}'] form[name=add-criterion]");
        await form.Locator("input[name=name]").FillAsync(criterion);
        await form.Locator("input[name=maxPoints]").FillAsync(maxPoints.ToString());
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"#setup tr.stage[data-name='{stage}'] ul.criteria li", new() { HasText = criterion }).WaitForAsync();
    }

    public async Task SetAwardPolicyAsync(string category, string tiers)
    {
        var form = page.Locator($"#setup article.category[data-name='{category}'] form[name=award-policy]");
        await form.Locator("textarea[name=tiers]").FillAsync(tiers);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"#setup article.category[data-name='{category}'] .policy p.muted").WaitForAsync();
    }

    public async Task SetRegistrationAsync(bool open)
    {
        await page.Locator($"#entries button[name=registration-{(open ? "open" : "close")}]").ClickAsync();
        await page.Locator($"#entries .registration[data-open='{open.ToString().ToLowerInvariant()}']").WaitForAsync();
    }

    public async Task RegisterAsync(string name, string organization)
    {
        var form = page.Locator("#entries form[name=register-entry]");
        await form.Locator("input[name=name]").FillAsync(name);
        await form.Locator("input[name=organization]").FillAsync(organization);
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator($"#entries tr.entry[data-name='{name}']").WaitForAsync();
    }

    public async Task ApproveAllAsync(int count)
    {
        await page.Locator("#entries button[name=approve-all]").ClickAsync();
        await Assertions.Expect(page.Locator("#entries tr.entry[data-status='approved']")).ToHaveCountAsync(count, new() { Timeout = 15000 });
    }

    /// <summary>Appoints a judge to every category and returns the tablet link from the judge's QR card.</summary>
    public async Task<string> AppointJudgeAsync(string name, string organization)
    {
        var form = page.Locator("#judges form[name=appoint-judge]");
        await form.Locator("input[name=name]").FillAsync(name);
        await form.Locator("input[name=organization]").FillAsync(organization);
        foreach (var box in await form.Locator("input[name=categoryIds]").AllAsync()) await box.CheckAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        var card = page.Locator($"#judges .judge-card[data-name='{name}']");
        await Assertions.Expect(card.Locator("img.qr")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^blob:"));
        return (await card.Locator("a.judge-link").GetAttributeAsync("href"))!;
    }

    public async Task DrawAsync(string category)
    {
        await page.Locator($"#judging article.category[data-name='{category}'] input[name=seed]").FillAsync("42");
        await page.Locator($"#judging article.category[data-name='{category}'] button[name=draw]").ClickAsync();
        await InPageDialog.ConfirmAsync(page);
        await page.Locator($"#judging article.category[data-name='{category}'] .draw-result .message").WaitForAsync();
    }

    public async Task StageAsync(string stage, bool open)
    {
        await page.Locator($"#judging tr.stage[data-name='{stage}'] button[name={(open ? "open" : "close")}-stage]").ClickAsync();
        if (!open) await InPageDialog.ConfirmAsync(page);
        await page.Locator($"#judging tr.stage[data-name='{stage}'][data-status='{(open ? "open" : "closed")}']").WaitForAsync();
    }

    public async Task AwardsAsync(string category, string action)
    {
        var article = page.Locator($"#awards article.category[data-name='{category}']");
        var status = await article.Locator(".pill[data-status]").GetAttributeAsync("data-status");
        await article.Locator($"button[name={action}]").ClickAsync();
        if (action is "notice" or "confirm") await InPageDialog.ConfirmAsync(page);
        await Assertions.Expect(article.Locator(".pill[data-status]")).Not.ToHaveAttributeAsync("data-status", status!, new() { Timeout = 10000 });
    }

    public Task<string?> FlashAsync() => page.Locator("#flash").TextContentAsync();
}
