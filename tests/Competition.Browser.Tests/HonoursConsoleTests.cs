namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HonoursConsoleTests(BrowserApp app)
{
    [Fact]
    public async Task The_organizer_sets_honour_rules_in_the_console_and_sees_what_the_confirmation_granted()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Honours contest", ("Li Lei", "Grid Co"), ("Wang Fang", "Harbor Ltd"), ("Zhao Min", "Delta Works"));
        var c = $"/api/contests/{contest.Id}";
        foreach (var (name, points) in new[] { ("Li Lei", 9m), ("Wang Fang", 7m), ("Zhao Min", 5m) })
            foreach (var judge in new[] { contest.JudgeToken, contest.OtherJudgeToken })
                foreach (var (stage, criterion) in new[] { (contest.TheoryId, contest.TheoryCriterionId), (contest.PracticalId, contest.PracticalCriterionId) })
                {
                    await contest.MarkAsync(api, judge, stage, criterion, name, points);
                    await api.PostAsync($"{c}/stages/{stage}/entries/{contest.EntryIds[name]}/sheet/submit", judge);
                }
        await api.PostAsync($"{c}/stages/{contest.TheoryId}/close", contest.OrganizerToken);
        await api.PostAsync($"{c}/stages/{contest.PracticalId}/close", contest.OrganizerToken);

        var (_, page) = await app.OpenAsync("/", 1280, 900);
        await page.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await page.GotoAsync($"/#contest={contest.Id}&section=awards");
        var panel = page.Locator($"#honours article[data-id='{contest.CategoryId}']");
        await Assertions.Expect(panel.Locator("p.muted")).ToContainTextAsync("No honours granted yet");

        // Not JSON: said beside the button, nothing sent.
        await panel.Locator("textarea[name=rules]").FillAsync("[{title:");
        await panel.Locator("button[name=honours-save]").ClickAsync();
        await Assertions.Expect(panel.Locator(".message.problem")).ToContainTextAsync("not valid JSON");
        // Refused by the server: the field's message is shown.
        await panel.Locator("textarea[name=rules]").FillAsync("""[{"title": "Expert"}]""");
        await panel.Locator("button[name=honours-save]").ClickAsync();
        await Assertions.Expect(panel.Locator(".message.problem")).ToContainTextAsync("rules[0]");

        await panel.Locator("textarea[name=rules]").FillAsync("""[{"title": "Technical expert", "top": 2}, {"grade": "technician", "tiers": ["Gold"]}]""");
        await panel.Locator("button[name=honours-save]").ClickAsync();
        // Read back from the server after the save.
        await Assertions.Expect(page.Locator($"#honours article[data-id='{contest.CategoryId}'] textarea[name=rules]")).ToHaveValueAsync(
            new System.Text.RegularExpressions.Regex("\"tiers\": \\[\\s*\"Gold\""));

        var awards = $"{c}/categories/{contest.CategoryId}/awards";
        await api.PostAsync($"{awards}/propose", contest.OrganizerToken);
        await api.PostAsync($"{awards}/notice", contest.OrganizerToken, new { days = 1 });
        app.Clock.Offset = TimeSpan.FromDays(2); // the day of public notice passes
        try { await api.PostAsync($"{awards}/confirm", contest.OrganizerToken); }
        finally { app.Clock.Offset = TimeSpan.Zero; }
        await api.PostAsync($"{awards}/{contest.EntryIds["Wang Fang"]}/revoke", contest.OrganizerToken, new { reason = "Wrong tool" });

        await page.ReloadAsync();
        var rows = page.Locator($"#honours article[data-id='{contest.CategoryId}'] tr.honour");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Technical expert");
        await Assertions.Expect(page.Locator("#honours tr.honour[data-person='Li Lei']", new() { HasText = "Recommended: technician" })).ToContainTextAsync("Gold");
        await Assertions.Expect(page.Locator("#honours tr.honour[data-person='Wang Fang']")).ToHaveAttributeAsync("data-honour", "revoked");
        await Assertions.Expect(page.Locator("#honours tr.honour[data-person='Wang Fang'] .pill")).ToContainTextAsync("Wrong tool");
        app.PageErrors.ShouldBeEmpty();
    }
}
