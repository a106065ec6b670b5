using System.Text.Json;

namespace Competition.Browser.Tests;

/// <summary>A labour contest set up through the API: a scheme of two blocks (Safety: Rules 30, Hazards a deduction of
/// 2 per occurrence capped at 6, a veto item; Site: Tidiness 20, Innovation a bonus of 5), three units, two assessors,
/// round January open.</summary>
public sealed record LabourContest(
    string Id, string Org, string CategoryId, string RoundId, IReadOnlyDictionary<string, string> Items,
    IReadOnlyDictionary<string, string> Units, (string Id, string Token) Wang, (string Id, string Token) Li)
{
    public string C => $"/api/contests/{Id}";

    public static async Task<LabourContest> CreateAsync(Api api, string name)
    {
        var created = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name, kind = "labour", locale = "en" });
        var (id, org) = (created.GetProperty("id").GetString()!, created.GetProperty("organizerToken").GetString()!);
        var c = $"/api/contests/{id}";
        var category = await api.IdAsync($"{c}/categories", org, new { name = "Sites", entryType = "team" });
        var scheme = await api.SendAsync(HttpMethod.Put, $"{c}/categories/{category}/scheme", org, new
        {
            blocks = new object[]
            {
                new { name = "Safety", items = new object[]
                {
                    new { name = "Rules", kind = "points", maxPoints = 30 },
                    new { name = "Hazards", kind = "deduction", maxPoints = 6, perOccurrence = 2 },
                    new { name = "Major accident", kind = "veto" },
                } },
                new { name = "Site", items = new object[]
                {
                    new { name = "Tidiness", kind = "points", maxPoints = 20 },
                    new { name = "Innovation", kind = "bonus", maxPoints = 5 },
                } },
            },
            minAssessors = 1,
        });
        var items = scheme.GetProperty("blocks").EnumerateArray().SelectMany(b => b.GetProperty("items").EnumerateArray())
            .ToDictionary(i => i.GetProperty("name").GetString()!, i => i.GetProperty("id").GetString()!);
        var wang = await api.PostAsync($"{c}/judges", org, new { name = "Wang Gong", organization = "Inspectorate", categoryIds = new[] { category } });
        var li = await api.PostAsync($"{c}/judges", org, new { name = "Li Gong", organization = "Union", categoryIds = new[] { category } });
        await api.PostAsync($"{c}/registration/open", org);
        var units = new Dictionary<string, string>();
        foreach (var (unit, company) in new[] { ("Alpha Site", "Alpha Co"), ("Beta Site", "Beta Co"), ("Gamma Site", "Gamma Co") })
        {
            units[unit] = await api.IdAsync($"{c}/entries", org, new { categoryId = category, name = unit, organization = company });
            await api.PostAsync($"{c}/entries/{units[unit]}/approve", org);
        }
        var round = await api.IdAsync($"{c}/categories/{category}/rounds", org, new { name = "January", startsOn = "2026-01-01", endsOn = "2026-01-31" });
        await api.PostAsync($"{c}/rounds/{round}/open", org);
        static (string, string) Judge(JsonElement j) => (j.GetProperty("id").GetString()!, j.GetProperty("token").GetString()!);
        return new(id, org, category, round, items, units, Judge(wang), Judge(li));
    }

    public Task MarkAsync(Api api, string token, string round, string unit, string item, decimal points) =>
        api.SendAsync(HttpMethod.Put, $"{C}/rounds/{round}/entries/{Units[unit]}/marks/{Items[item]}", token, new { points });

    public Task SubmitAsync(Api api, string token, string round, string unit) => api.PostAsync($"{C}/rounds/{round}/entries/{Units[unit]}/sheet/submit", token);

    public async Task<JsonElement> BoardAsync(Api api, string round, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var board = await api.SendAsync(HttpMethod.Get, $"{C}/rounds/{round}/leaderboard", null);
            if (until(board) || DateTime.UtcNow > deadline) return board;
            await Task.Delay(100);
        }
    }

    public static JsonElement Row(JsonElement board, string name) =>
        board.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("name").GetString() == name);
}

[Collection(BrowserCollection.Name)]
public sealed class LabourTabletTests(BrowserApp app)
{
    [Fact]
    public async Task Two_assessors_mark_units_one_offline_a_counter_reaches_its_cap_sheets_are_submitted_and_the_screen_shows_the_flag()
    {
        var api = app.Api();
        var contest = await LabourContest.CreateAsync(api, "Labour tablet contest");
        var (_, wang) = await app.OpenAsync($"/judge#token={contest.Wang.Token}", 1024, 768);
        var (liContext, li) = await app.OpenAsync($"/judge#token={contest.Li.Token}", 768, 1024);
        await Assertions.Expect(wang.Locator(".unit-tile")).ToHaveCountAsync(3);
        await Assertions.Expect(wang.Locator(".unit-tile .unit-name")).ToHaveTextAsync(["Alpha Site", "Beta Site", "Gamma Site"]);
        await Assertions.Expect(wang.Locator(".round-tab[data-round-name='January']")).ToContainTextAsync("Open");
        await Screenshots.SaveAsync(wang, "labour-tablet-units-1024x768");

        // The filter narrows the units by name or company, in place.
        await wang.Locator("input[name=unit-filter]").FillAsync("gamma");
        await Assertions.Expect(wang.Locator(".unit-tile:visible")).ToHaveCountAsync(1);
        await wang.Locator("input[name=unit-filter]").FillAsync("");
        await Assertions.Expect(wang.Locator(".unit-tile:visible")).ToHaveCountAsync(3);

        // Wang: Alpha Site. Rules 25 typed, Hazards counted up to the cap (4 × 2 = 8, capped at 6), Tidiness by steps, a bonus.
        await wang.Locator(".unit-tile[data-name='Alpha Site']").ClickAsync();
        await Assertions.Expect(wang.Locator(".item[data-name='Major accident']")).ToContainTextAsync("Organizer decides");
        (await wang.Locator(".item[data-name='Major accident'] button, .item[data-name='Major accident'] input").CountAsync()).ShouldBe(0);
        await UnitSheet.Fill(wang, "Rules", "25");
        var hazards = wang.Locator(".item[data-name='Hazards']");
        for (var n = 1; n <= 4; n++)
        {
            await hazards.Locator("button[name=more]").ClickAsync();
            await Assertions.Expect(hazards.Locator(".count")).ToHaveAttributeAsync("data-count", n.ToString());
        }
        await Assertions.Expect(hazards.Locator(".deducted")).ToHaveAttributeAsync("data-points", "6");
        await Assertions.Expect(hazards.Locator(".counter.capped .cap")).ToHaveTextAsync("cap reached");
        await hazards.Locator("button[name=less]").ClickAsync();
        await Assertions.Expect(hazards.Locator(".deducted")).ToHaveAttributeAsync("data-points", "6"); // 3 × 2: the cap still
        await hazards.Locator("button[name=less]").ClickAsync();
        await Assertions.Expect(hazards.Locator(".deducted")).ToHaveAttributeAsync("data-points", "4");
        await Assertions.Expect(hazards.Locator(".counter.capped")).ToHaveCountAsync(0);
        await hazards.Locator("button[name=more]").ClickAsync();
        await hazards.Locator("button[name=more]").ClickAsync();
        await Assertions.Expect(hazards.Locator(".count")).ToHaveAttributeAsync("data-count", "4");
        for (var n = 0; n < 3; n++) await wang.Locator(".item[data-name='Tidiness'] button[name=plus]").ClickAsync();
        await Assertions.Expect(wang.Locator(".item[data-name='Tidiness'] input[name=points]")).ToHaveValueAsync("1.5");
        await UnitSheet.Fill(wang, "Innovation", "2");
        await Assertions.Expect(wang.Locator(".block[data-name='Safety'] .block-score")).ToHaveAttributeAsync("data-score", "19"); // 25 − 6
        await Assertions.Expect(wang.Locator(".block[data-name='Site'] .block-score")).ToHaveTextAsync("1.50 / 20");
        await Assertions.Expect(wang.Locator(".sheet-total")).ToHaveAttributeAsync("data-total", "22.5"); // 19 + 1.5 + bonus 2
        await wang.EvaluateAsync("() => scrollTo(0, 0)");
        await Screenshots.SaveAsync(wang, "labour-tablet-unit-1024x768");
        await new Tablet(wang).WaitUntilSentAsync();
        await UnitSheet.SubmitAsync(wang);

        // 下一位: Beta Site (Li marks it), then Gamma Site.
        await wang.Locator("button[name=next]").ClickAsync();
        await Assertions.Expect(wang.Locator(".unit-sheet")).ToHaveAttributeAsync("data-name", "Beta Site");
        await wang.Locator("button[name=next]").ClickAsync();
        await Assertions.Expect(wang.Locator(".unit-sheet")).ToHaveAttributeAsync("data-name", "Gamma Site");
        await UnitSheet.Fill(wang, "Rules", "30");
        await UnitSheet.Fill(wang, "Tidiness", "20");
        await new Tablet(wang).WaitUntilSentAsync();
        await UnitSheet.SubmitAsync(wang);

        // Li, in portrait, marks Beta Site offline: the marks wait on the tablet and go once it is back.
        await li.Locator(".unit-tile[data-name='Beta Site']").ClickAsync();
        await liContext.SetOfflineAsync(true);
        await UnitSheet.Fill(li, "Rules", "28");
        await UnitSheet.Fill(li, "Tidiness", "18");
        await Assertions.Expect(li.Locator("#outbox-count")).ToHaveTextAsync("2");
        await Assertions.Expect(li.Locator(".item[data-name='Rules'] .state")).ToHaveAttributeAsync("data-state", "waiting");
        await Assertions.Expect(li.Locator("#connection")).ToContainTextAsync("2 waiting");
        await li.EvaluateAsync("() => scrollTo(0, 0)");
        await Screenshots.SaveAsync(li, "labour-tablet-unit-offline-768x1024");
        await liContext.SetOfflineAsync(false);
        await li.EvaluateAsync("() => dispatchEvent(new Event('online'))");
        await new Tablet(li).WaitUntilSentAsync();
        var board = await contest.BoardAsync(api, contest.RoundId, b => LabourContest.Row(b, "Beta Site").GetProperty("total").GetDecimal() == 46m);
        LabourContest.Row(board, "Beta Site").GetProperty("total").GetDecimal().ShouldBe(46m);
        LabourContest.Row(board, "Alpha Site").GetProperty("total").GetDecimal().ShouldBe(22.5m);
        await UnitSheet.SubmitAsync(li);

        // The organizer reopens Alpha's sheet: Wang's tablet is told at once, with the reason (the push, not the 20 s poll).
        await api.PostAsync($"{contest.C}/rounds/{contest.RoundId}/entries/{contest.Units["Alpha Site"]}/sheets/{contest.Wang.Id}/reopen",
            contest.Org, new { reason = "Recount the hazards" });
        await wang.Locator("button[name=back]").ClickAsync();
        await Assertions.Expect(wang.Locator(".reopened-banner")).ToContainTextAsync("Recount the hazards", new() { Timeout = 8000 });
        await wang.Locator(".reopened-banner .reopened-item").ClickAsync();
        await Assertions.Expect(wang.Locator(".reopen-note")).ToContainTextAsync("Recount the hazards");
        for (var n = 3; n >= 2; n--)
        {
            await wang.Locator(".item[data-name='Hazards'] button[name=less]").ClickAsync();
            await Assertions.Expect(wang.Locator(".item[data-name='Hazards'] .count")).ToHaveAttributeAsync("data-count", n.ToString());
        }
        await new Tablet(wang).WaitUntilSentAsync();
        await UnitSheet.SubmitAsync(wang);

        // The organizer vetoes Gamma, self-assesses Alpha, freezes and publishes: the tablets turn read-only.
        await api.PostAsync($"{contest.C}/rounds/{contest.RoundId}/entries/{contest.Units["Gamma Site"]}/veto", contest.Org,
            new { itemId = contest.Items["Major accident"], reason = "Serious accident" });
        await api.SendAsync(HttpMethod.Put, $"{contest.C}/rounds/{contest.RoundId}/entries/{contest.Units["Alpha Site"]}/self", contest.Org,
            new { marks = new Dictionary<string, decimal> { [contest.Items["Rules"]] = 28, [contest.Items["Tidiness"]] = 18 } });
        await api.PostAsync($"{contest.C}/rounds/{contest.RoundId}/freeze", contest.Org);
        await api.PostAsync($"{contest.C}/rounds/{contest.RoundId}/publish", contest.Org);
        board = await contest.BoardAsync(api, contest.RoundId, b => b.GetProperty("status").GetString() == "published");
        LabourContest.Row(board, "Beta Site").GetProperty("redFlag").GetBoolean().ShouldBeTrue();
        LabourContest.Row(board, "Alpha Site").GetProperty("selfTotal").GetDecimal().ShouldBe(46m);

        await li.ReloadAsync();
        await Assertions.Expect(li.Locator(".round-tab[data-round-name='January']")).ToContainTextAsync("Published");
        await li.Locator(".unit-tile[data-name='Alpha Site']").ClickAsync();
        await Assertions.Expect(li.Locator(".item[data-name='Rules'] input[name=points]")).ToBeDisabledAsync();
        (await li.Locator("button[name=submit-sheet]").CountAsync()).ShouldBe(0);

        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?view=round", 1920, 1080);
        await Assertions.Expect(screen.Locator("#rows .row .unit-name")).ToHaveTextAsync(["Beta Site", "Alpha Site", "Gamma Site"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Beta Site'] .flag")).ToHaveCountAsync(1);
        await Assertions.Expect(screen.Locator("#rows .row .flag")).ToHaveCountAsync(1);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Gamma Site'] .veto-tag")).ToHaveTextAsync("Vetoed");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Alpha Site'] .total")).ToHaveTextAsync("24.50"); // 25 − 2×2 + 1.5 + bonus 2
        app.PageErrors.Where(e => e.Contains("/judge") || e.Contains("/screen")).ShouldBeEmpty();
    }
}
