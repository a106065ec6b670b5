namespace Competition.Browser.Tests;

/// The big screen of a labour contest (the round's board pushed live, the red flag, the season standings with the
/// flag's history) and of a points contest (standings polled with If-None-Match), at projector size.
[Collection(BrowserCollection.Name)]
public sealed class LabourScreenTests(BrowserApp app)
{
    [Fact]
    public async Task The_round_board_is_pushed_live_then_after_two_rounds_the_standings_show_each_round_the_flags_and_the_flag_history()
    {
        var api = app.Api();
        var contest = await LabourContest.CreateAsync(api, "Labour screen contest");
        var (wang, li) = (contest.Wang.Token, contest.Li.Token);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}&view=round", 1920, 1080);
        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Sites · January");
        await Assertions.Expect(screen.Locator("#headings .block-score")).ToHaveTextAsync(["Safety /30", "Site /20"]);
        await Assertions.Expect(screen.Locator("#badge")).ToHaveTextAsync("Assessing");
        await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(3);

        // Pushed (WatchRoundTop): each mark moves the board without a reload.
        await contest.MarkAsync(api, wang, contest.RoundId, "Alpha Site", "Rules", 20);
        await Assertions.Expect(screen.Locator("#rows .row").First).ToHaveAttributeAsync("data-name", "Alpha Site");
        await contest.MarkAsync(api, li, contest.RoundId, "Beta Site", "Rules", 27);
        await contest.MarkAsync(api, li, contest.RoundId, "Beta Site", "Tidiness", 15);
        await contest.MarkAsync(api, wang, contest.RoundId, "Gamma Site", "Rules", 30);
        await contest.MarkAsync(api, wang, contest.RoundId, "Gamma Site", "Tidiness", 19);
        await contest.MarkAsync(api, wang, contest.RoundId, "Alpha Site", "Innovation", 3);
        await Assertions.Expect(screen.Locator("#rows .row .unit-name")).ToHaveTextAsync(["Gamma Site", "Beta Site", "Alpha Site"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Beta Site'] .block-score")).ToHaveTextAsync(["27.00", "15.00"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Alpha Site'] .bonus")).ToHaveTextAsync("3.00");

        // The organizer vetoes Gamma; sheets are submitted; the round is frozen and published: the flag goes to Beta.
        await api.PostAsync($"{contest.C}/rounds/{contest.RoundId}/entries/{contest.Units["Gamma Site"]}/veto", contest.Org,
            new { itemId = contest.Items["Major accident"], reason = "Serious accident" });
        await contest.SubmitAsync(api, wang, contest.RoundId, "Alpha Site");
        await contest.SubmitAsync(api, li, contest.RoundId, "Beta Site");
        await api.PostAsync($"{contest.C}/rounds/{contest.RoundId}/freeze", contest.Org);
        await api.PostAsync($"{contest.C}/rounds/{contest.RoundId}/publish", contest.Org);
        await Assertions.Expect(screen.Locator("#badge")).ToHaveTextAsync("Published");
        await Assertions.Expect(screen.Locator("#rows .row .unit-name")).ToHaveTextAsync(["Beta Site", "Alpha Site", "Gamma Site"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-red-flag='true']")).ToHaveAttributeAsync("data-name", "Beta Site");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Beta Site'] .flag")).ToHaveTextAsync("🚩");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Gamma Site'] .rank")).ToHaveTextAsync("–");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Gamma Site'] .veto-tag")).ToHaveTextAsync("Vetoed");
        await Screenshots.SaveAsync(screen, "labour-screen-round-1920x1080");

        // February, through the API: Alpha wins it. The screen follows the new open round by itself.
        var february = await api.IdAsync($"{contest.C}/categories/{contest.CategoryId}/rounds", contest.Org,
            new { name = "February", startsOn = "2026-02-01", endsOn = "2026-02-28" });
        await api.PostAsync($"{contest.C}/rounds/{february}/open", contest.Org);
        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Sites · February", new() { Timeout = 15000 });
        await contest.MarkAsync(api, wang, february, "Alpha Site", "Rules", 30);
        await contest.MarkAsync(api, wang, february, "Alpha Site", "Tidiness", 20);
        await contest.MarkAsync(api, li, february, "Beta Site", "Rules", 10);
        await contest.MarkAsync(api, li, february, "Gamma Site", "Rules", 5);
        foreach (var (token, unit) in new[] { (wang, "Alpha Site"), (li, "Beta Site"), (li, "Gamma Site") })
            await contest.SubmitAsync(api, token, february, unit);
        await api.PostAsync($"{contest.C}/rounds/{february}/freeze", contest.Org);
        await api.PostAsync($"{contest.C}/rounds/{february}/publish", contest.Org);

        await screen.GotoAsync($"/screen/{contest.Id}?category={contest.CategoryId}&view=standings");
        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Sites · Season standings");
        await Assertions.Expect(screen.Locator("#headings .round-score")).ToHaveTextAsync(["January", "February"]);
        await Assertions.Expect(screen.Locator("#badge")).ToHaveTextAsync("Final", new() { Timeout = 10000 });
        // Alpha 23 + 50 = 73, Beta 42 + 10 = 52; Gamma, vetoed in January, has no rank.
        await Assertions.Expect(screen.Locator("#rows .row .unit-name")).ToHaveTextAsync(["Alpha Site", "Beta Site", "Gamma Site"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Alpha Site'] .round-score")).ToHaveTextAsync(["23.00", "50.00"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Alpha Site'] .total")).ToHaveTextAsync("73.00");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Alpha Site'] .flags")).ToHaveTextAsync("🚩×1");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Beta Site'] .flags")).ToHaveTextAsync("🚩×1");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Gamma Site'] .veto-tag")).ToHaveTextAsync("Vetoed");
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Gamma Site'] .rank")).ToHaveTextAsync("–");
        await Assertions.Expect(screen.Locator("#history .history-step")).ToHaveTextAsync(["January Beta Site", "February Alpha Site"]);
        await Screenshots.SaveAsync(screen, "labour-screen-standings-1920x1080");

        await screen.EvaluateAsync("() => localStorage.setItem('competition.lang', 'zh-CN')");
        await screen.ReloadAsync();
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Gamma Site'] .veto-tag")).ToHaveTextAsync("一票否决");
        await Assertions.Expect(screen.Locator("#history .history-title")).ToHaveTextAsync("🚩 流动红旗");
        await Screenshots.SaveAsync(screen, "labour-screen-standings-1920x1080-zh");
        app.PageErrors.Where(e => e.Contains(contest.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_points_contest_shows_its_standings_with_the_top_reasons_and_follows_new_grants()
    {
        var api = app.Api();
        var created = await api.PostAsync("/api/contests", BrowserApp.AdminKey, new { name = "Worker points 2026", kind = "points", locale = "en" });
        var (id, org) = (created.GetProperty("id").GetString()!, created.GetProperty("organizerToken").GetString()!);
        var c = $"/api/contests/{id}";
        var category = await api.IdAsync($"{c}/categories", org, new { name = "Teams", entryType = "team" });
        foreach (var (code, name, points) in new[] { ("TRAIN", "Training held", 5m), ("IDEA", "Proposal adopted", 10m), ("HAZ", "Hazard reported", 2m), ("LATE", "Late report", -3m) })
            await api.IdAsync($"{c}/categories/{category}/reasons", org, new { code, name, points });
        await api.PostAsync($"{c}/registration/open", org);
        var units = new Dictionary<string, string>();
        foreach (var unit in new[] { "Welding team", "Crane team", "Survey team" })
        {
            units[unit] = await api.IdAsync($"{c}/entries", org, new { categoryId = category, name = unit, organization = "Works No. 1" });
            await api.PostAsync($"{c}/entries/{units[unit]}/approve", org);
        }
        async Task Grant(string unit, string reason, int quantity) =>
            await api.PostAsync($"{c}/points", org, new { entryId = units[unit], reasonCode = reason, quantity, occurredOn = "2026-03-01" });
        await Grant("Welding team", "IDEA", 2);
        await Grant("Welding team", "TRAIN", 1);
        await Grant("Welding team", "LATE", 1);
        await Grant("Crane team", "HAZ", 4);

        var (_, screen) = await app.OpenAsync($"/screen/{id}", 1920, 1080);
        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Teams · Points standings");
        await Assertions.Expect(screen.Locator("#rows .row .unit-name")).ToHaveTextAsync(["Welding team", "Crane team", "Survey team"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Welding team'] .total")).ToHaveTextAsync("22.00"); // 20 + 5 − 3
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Welding team'] .reason")).ToHaveTextAsync(["Proposal adopted +20", "Training held +5", "Late report -3"]);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='Survey team'] .total")).ToHaveTextAsync("0.00");

        // Not pushed: the screen polls (If-None-Match) and shows a new grant within seconds.
        await Grant("Survey team", "IDEA", 3);
        await Assertions.Expect(screen.Locator("#rows .row .unit-name")).ToHaveTextAsync(["Survey team", "Welding team", "Crane team"], new() { Timeout = 15000 });
        await Assertions.Expect(screen.Locator("#rows .row").First.Locator(".rank")).ToHaveTextAsync("1st");
        await Screenshots.SaveAsync(screen, "points-screen-standings-1920x1080");
        app.PageErrors.Where(e => e.Contains(id)).ShouldBeEmpty();
    }
}
