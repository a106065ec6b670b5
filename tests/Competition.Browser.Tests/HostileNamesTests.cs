namespace Competition.Browser.Tests;

/// Issue 7: names carrying markup (contest, category, stages, criteria, award tier, entries,
/// organizations, judge, appeal) show as typed on the big screen, the organizer console and the
/// judge's tablet. Nothing runs: no dialog, no injected element, no flag set by a script; and the
/// pages work under their Content-Security-Policy without a single violation.
[Collection(BrowserCollection.Name)]
public sealed class HostileNamesTests(BrowserApp app)
{
    const string Contest = "<img src=x onerror=\"window.pwned='contest'\">Contest";
    const string Category = "<script>window.pwned='category'</script>电工";
    const string Theory = "<svg onload=\"window.pwned='stage'\">Theory";
    const string Practical = "\"><img src=x onerror=\"window.pwned='stage2'\">";
    const string Criterion = "<img src=x onerror=\"alert('criterion')\">Wiring";
    const string Tier = "<b onmouseover=\"window.pwned='tier'\">Gold</b>";
    const string Ann = "<script>alert('ann')</script>Ann";
    const string Bo = "<img src=x onerror=\"alert('bo')\">Bo";
    const string Organization = "<iframe src=\"javascript:alert('org')\"></iframe>Org";
    const string Judge = "<img src=x onerror=\"window.pwned='judge'\">Judge";
    const string Appeal = "<script>window.pwned='appeal'</script>recount";

    /// Anything the page did that it should not have: dialogs, CSP violations, flags, elements.
    readonly List<string> incidents = [];

    [Fact]
    public async Task Names_with_markup_show_as_typed_on_every_page_and_never_run()
    {
        var c = await SetUpAsync();

        var screen = await OpenAsync($"/screen/{c.Id}?category={c.Category}", 1920, 1080);
        await Assertions.Expect(screen.Locator("#contest")).ToHaveTextAsync(Contest);
        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync(Category);
        await Assertions.Expect(screen.Locator("#headings .stage-score")).ToHaveTextAsync([Theory + " 30%", Practical + " 70%"]);
        await Assertions.Expect(screen.Locator("#rows .row .name").First).ToContainTextAsync(Ann);
        await Assertions.Expect(screen.Locator("#rows .row .award").First).ToHaveTextAsync(Tier);
        await Assertions.Expect(screen.Locator("#awards .tier h3")).ToHaveTextAsync(Tier);
        await Assertions.Expect(screen.Locator("#rows .row .organization").First).ToHaveTextAsync(Organization);
        await Harmless(screen);

        var console = await OpenAsync("/");
        await console.EvaluateAsync("([id, token, judgeId, judgeToken, category, name]) => {" +
            "localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }));" +
            "localStorage.setItem(`competition.organizer.judges.${id}`, JSON.stringify({ [judgeId]: { name, organization: name, categoryIds: [category], token: judgeToken } })); }",
            new[] { c.Id, c.Organizer, c.JudgeId, c.JudgeToken, c.Category, Judge });
        await console.GotoAsync($"/#contest={c.Id}");
        await Assertions.Expect(console.Locator("#setup article.category h3").First).ToContainTextAsync(Category);
        await Assertions.Expect(console.Locator("#setup tr.stage td:first-child")).ToHaveTextAsync([Theory, Practical]);
        await Assertions.Expect(console.Locator("#setup ul.criteria li").First).ToContainTextAsync(Criterion);
        await Assertions.Expect(console.Locator("#setup .policy p.muted").First).ToContainTextAsync(Tier);
        await Assertions.Expect(console.Locator("#entries tr.entry", new() { HasText = Bo })).ToContainTextAsync(Organization);
        await Assertions.Expect(console.Locator("#judges .judge-card strong")).ToHaveTextAsync(Judge);
        await Assertions.Expect(console.Locator("#awards .award-list td", new() { HasText = "Gold" }).First).ToHaveTextAsync(Tier);
        await Harmless(console);

        var tablet = await OpenAsync($"/judge#token={c.JudgeToken}", 1280, 800);
        await Assertions.Expect(tablet.Locator("#who")).ToHaveTextAsync(Judge);
        var theory = tablet.Locator(".stage-group", new() { HasText = "Theory" });
        await Assertions.Expect(theory.Locator("h2")).ToContainTextAsync(Theory);
        await theory.Locator(".tile").First.ClickAsync();
        await Assertions.Expect(tablet.Locator(".criterion h3")).ToHaveTextAsync(Criterion);
        await Harmless(tablet);

        incidents.ShouldBeEmpty();
    }

    async Task Harmless(IPage page)
    {
        (await page.EvaluateAsync<string?>("() => window.pwned ?? null")).ShouldBeNull();
        var injected = await page.EvaluateAsync<int>(
            "() => document.querySelectorAll('img[src=\"x\"], iframe, svg[onload], [onerror], [onload], [onmouseover], script:not([src])').length");
        injected.ShouldBe(0, $"injected elements on {page.Url}");
    }

    async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = "en-US" });
        // Reported by the browser for every blocked script, style, image or frame, before any page script runs.
        await context.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))");
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            incidents.Add($"{page.Url}: {dialog.Type} dialog '{dialog.Message}'");
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy") || message.Text.StartsWith("CSP violation")) incidents.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => incidents.Add($"{page.Url}: {error}");
        await page.GotoAsync(path);
        return page;
    }

    sealed record Seeded(string Id, string Organizer, string Category, string JudgeId, string JudgeToken);

    async Task<Seeded> SetUpAsync()
    {
        var api = app.Api();
        var created = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name = Contest, kind = "skills", locale = "en" });
        var (id, org) = (created.GetProperty("id").GetString()!, created.GetProperty("organizerToken").GetString()!);
        var c = $"/api/contests/{id}";
        var category = await api.IdAsync($"{c}/categories", org, new { name = Category, entryType = "individual" });
        var theory = await api.IdAsync($"{c}/categories/{category}/stages", org, new { name = Theory, weight = 30, aggregation = new { rule = "mean" } });
        var practical = await api.IdAsync($"{c}/categories/{category}/stages", org, new { name = Practical, weight = 70, aggregation = new { rule = "mean" } });
        var criterion = await api.IdAsync($"{c}/stages/{theory}/criteria", org, new { name = Criterion, maxPoints = 10, kind = "judgement" });
        var quality = await api.IdAsync($"{c}/stages/{practical}/criteria", org, new { name = "Quality", maxPoints = 10, kind = "judgement" });
        await api.SendAsync(HttpMethod.Put, $"{c}/categories/{category}/award-policy", org, new { tiers = new[] { new { name = Tier, share = 0.5m } }, minimumScore = 0 });
        await api.PostAsync($"{c}/registration/open", org);
        var ann = await api.IdAsync($"{c}/entries", org, new { categoryId = category, name = Ann, organization = Organization, members = new[] { Judge } });
        var bo = await api.IdAsync($"{c}/entries", org, new { categoryId = category, name = Bo, organization = Organization });
        foreach (var entry in new[] { ann, bo }) await api.PostAsync($"{c}/entries/{entry}/approve", org);
        await api.PostAsync($"{c}/registration/close", org);
        var judge = await api.PostAsync($"{c}/judges", org, new { name = Judge, organization = "Referee board", categoryIds = new[] { category } });
        var judgeToken = judge.GetProperty("token").GetString()!;
        await api.PostAsync($"{c}/categories/{category}/draw", org, new { seed = 3 });
        foreach (var stage in new[] { theory, practical }) await api.PostAsync($"{c}/stages/{stage}/open", org);
        foreach (var (stage, crit, entry, points) in new[] { (theory, criterion, ann, 9), (theory, criterion, bo, 4), (practical, quality, ann, 8), (practical, quality, bo, 3) })
            await api.SendAsync(HttpMethod.Put, $"{c}/stages/{stage}/entries/{entry}/marks/{crit}", judgeToken, new { points });
        foreach (var stage in new[] { theory, practical }) await api.PostAsync($"{c}/stages/{stage}/close", org);
        var awards = $"{c}/categories/{category}/awards";
        await api.PostAsync($"{awards}/propose", org);
        await api.PostAsync($"{awards}/notice", org, new { days = 1 });
        var appeal = await api.IdAsync($"{awards}/appeals", org, new { entryId = bo, reason = Appeal });
        await api.PostAsync($"{awards}/appeals/{appeal}/resolve", org, new { upheld = false, note = Appeal });
        app.Clock.Offset = TimeSpan.FromDays(2); // the day of public notice passes
        try { await api.PostAsync($"{awards}/confirm", org); }
        finally { app.Clock.Offset = TimeSpan.Zero; }
        await WaitForConfirmedAsync(api, awards);
        return new(id, org, category, judge.GetProperty("id").GetString()!, judgeToken);
    }

    static async Task WaitForConfirmedAsync(Api api, string awards)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await api.SendAsync(HttpMethod.Get, awards, null)).GetProperty("status").GetString() != "confirmed" && DateTime.UtcNow < deadline)
            await Task.Delay(100);
    }
}
