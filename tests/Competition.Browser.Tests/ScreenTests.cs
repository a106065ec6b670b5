namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ScreenTests(BrowserApp app)
{
    [Fact]
    public async Task Names_with_markup_show_as_typed_and_never_run()
    {
        var api = app.Api();
        const string name = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";
        var contest = await SeededContest.CreateAsync(api, "<b>Bold</b> contest", (name, "<i>Org</i>"));
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}", 1920, 1080);

        await Assertions.Expect(screen.Locator("#rows .row .name")).ToHaveTextAsync(name);
        await Assertions.Expect(screen.Locator("#rows .row .organization")).ToHaveTextAsync("<i>Org</i>");
        await Assertions.Expect(screen.Locator("#contest")).ToHaveTextAsync("<b>Bold</b> contest");
        (await screen.EvaluateAsync<bool>("() => window.pwned === undefined")).ShouldBeTrue();
        (await screen.Locator("#rows img, #rows script, #contest b").CountAsync()).ShouldBe(0);

        var (_, organizer) = await app.OpenAsync("/");
        await organizer.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await organizer.GotoAsync($"/#contest={contest.Id}");
        await Assertions.Expect(organizer.Locator("#entries tr.entry td").Nth(1)).ToHaveTextAsync(name);
        (await organizer.EvaluateAsync<bool>("() => window.pwned === undefined")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_pinned_category_shows_stage_scores_progress_and_a_phone_qr()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Pinned contest", ("Li Lei", "Grid Co"), ("Wang Fang", "Harbor Ltd"));
        await contest.MarkAsync(api, contest.JudgeToken, contest.TheoryId, contest.TheoryCriterionId, "Li Lei", 5m);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}&rotate=5", 1920, 1080);

        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Electrician");
        await Assertions.Expect(screen.Locator("#headings .stage-score")).ToHaveTextAsync(["Theory 30%", "Practical 70%"]);
        await Assertions.Expect(screen.Locator($"#rows .row[data-bib='{contest.Bibs["Li Lei"]}'] .stage-score")).ToHaveTextAsync(["5.00", "0.00"]);
        await Assertions.Expect(screen.Locator("#badge")).ToHaveTextAsync("Provisional");
        await Assertions.Expect(screen.Locator("#progress-text")).ToHaveTextAsync("Judging 0 of 8 sheets (0%)");
        await Assertions.Expect(screen.Locator("#updated")).ToContainTextAsync("updated");
        var qr = await screen.Locator("#qr img").GetAttributeAsync("src");
        Uri.UnescapeDataString(qr!).ShouldEndWith($"/screen/{contest.Id}?category={contest.CategoryId}");
        using var svg = await app.Http.GetAsync(qr);
        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
    }

    [Fact]
    public async Task A_screen_watching_a_window_shows_its_rows_and_how_many_the_whole_board_has()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Window contest", ("Li Lei", "Grid Co"), ("Wang Fang", "Harbor Ltd"), ("Zhao Min", "Delta Works"));
        await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, "Zhao Min", 9m);
        await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, "Li Lei", 7m);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}&top=2", 1920, 1080);

        await Assertions.Expect(screen.Locator("#rows .row .name")).ToHaveTextAsync(["Zhao Min", "Li Lei"]);
        await Assertions.Expect(screen.Locator("#page")).ToHaveTextAsync("Ranks 1–2 of 3");
        // Progress is the whole category's, not the window's: 3 entries × 2 stages × 2 judges.
        await Assertions.Expect(screen.Locator("#progress-text")).ToHaveTextAsync("Judging 0 of 12 sheets (0%)");

        await contest.MarkAsync(api, contest.JudgeToken, contest.PracticalId, contest.PracticalCriterionId, "Wang Fang", 10m);
        await Assertions.Expect(screen.Locator("#rows .row .name")).ToHaveTextAsync(["Wang Fang", "Zhao Min"]);
    }

    [Fact]
    public async Task A_pushed_board_is_shown_and_the_browser_logs_no_warning_about_it()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Push contest", ("Li Lei", "Grid Co"));
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}", 1920, 1080);
        var console = new System.Collections.Concurrent.ConcurrentQueue<string>();
        screen.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(1);

        await contest.MarkAsync(api, contest.JudgeToken, contest.TheoryId, contest.TheoryCriterionId, "Li Lei", 5m);
        await Assertions.Expect(screen.Locator($"#rows .row[data-bib='{contest.Bibs["Li Lei"]}'] .stage-score").First).ToHaveTextAsync("5.00");
        console.ShouldNotContain(line => line.StartsWith("warning") || line.StartsWith("error"), string.Join("\n", console));
    }

    [Fact]
    public async Task A_phone_shows_the_board_without_the_qr_code_that_led_it_there()
    {
        var contest = await SeededContest.CreateAsync(app.Api(), "Phone contest", ("Li Lei", "Grid Co"));
        var (_, projector) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}", 1920, 1080);
        await Assertions.Expect(projector.Locator("#qr img")).ToBeVisibleAsync();
        var (_, phone) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}", 390, 844);
        await Assertions.Expect(phone.Locator("#rows .row")).ToHaveCountAsync(1);
        await Assertions.Expect(phone.Locator("#qr")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_board_longer_than_the_screen_is_shown_a_page_at_a_time()
    {
        var api = app.Api();
        var workers = Enumerable.Range(1, 40).Select(i => ($"Worker {i:00}", $"Plant {i:00}")).ToArray();
        var contest = await SeededContest.CreateAsync(api, "Long board", workers);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}&page=3", 1024, 768);

        await Assertions.Expect(screen.Locator("#page")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Ranks 1–\\d+ of 40$"));
        var perPage = await screen.Locator("#rows .row").CountAsync();
        perPage.ShouldBeInRange(4, 39);
        (await screen.EvaluateAsync<bool>("() => [...document.querySelectorAll('#rows .row')].every(r => r.getBoundingClientRect().bottom <= innerHeight)"))
            .ShouldBeTrue("every row of the page is on the screen");
        await Assertions.Expect(screen.Locator("#page")).ToHaveTextAsync($"Ranks {perPage + 1}–{Math.Min(2 * perPage, 40)} of 40", new() { Timeout = 8000 });
    }

    [Fact]
    public async Task A_board_a_little_longer_than_the_screen_is_split_into_pages_of_equal_length()
    {
        var api = app.Api();
        var workers = Enumerable.Range(1, 9).Select(i => ($"Worker {i:00}", $"Plant {i:00}")).ToArray();
        var contest = await SeededContest.CreateAsync(api, "Short board", workers);
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}&page=4", 1024, 768);
        await screen.Locator("#rows .row").First.WaitForAsync();
        // A window low enough that 5 to 8 of the 9 rows fit (the rows' height depends on the fonts here).
        const string fits = "() => Math.floor((document.querySelector('main').clientHeight - document.querySelector('#headings').offsetHeight - document.querySelector('#page').offsetHeight) / document.querySelector('#rows .row').offsetHeight)";
        for (var height = 760; height > 200 && await screen.EvaluateAsync<int>(fits) > 8; height -= 20)
            await screen.SetViewportSizeAsync(1024, height);
        (await screen.EvaluateAsync<int>(fits)).ShouldBeInRange(5, 8);

        await Assertions.Expect(screen.Locator("#page")).ToHaveTextAsync("Ranks 1–5 of 9"); // 5 + 4, not (say) 7 + 2
        await Assertions.Expect(screen.Locator("#page")).ToHaveTextAsync("Ranks 6–9 of 9", new() { Timeout = 8000 });
        await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task A_board_is_shown_only_when_its_sequence_is_newer()
    {
        var (_, screen) = await app.OpenAsync("/judge");
        var accepted = await screen.EvaluateAsync<bool[]>(@"async () => {
            const { LiveBoards } = await import('/js/live.js');
            const shown = [];
            const live = new LiveBoards({ onBoard: board => shown.push(board.sequence) });
            const board = (categoryId, sequence) => ({ contestId: 'c', categoryId, sequence, rows: [] });
            return [live.accept(board('a', 5)), live.accept(board('a', 4)), live.accept(board('a', 5)),
                    live.accept(board('b', 1)), live.accept(board('a', 6))];
        }");
        accepted.ShouldBe([true, false, false, true, true]);
    }

    [Fact]
    public async Task Without_a_pinned_category_the_screen_rotates_through_the_categories()
    {
        var api = app.Api();
        var contest = await SeededContest.CreateAsync(api, "Two categories", ("Li Lei", "Grid Co"));
        await api.PostAsync($"/api/contests/{contest.Id}/categories", contest.OrganizerToken, new { name = "Welder", entryType = "team" });
        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?rotate=5", 1920, 1080);

        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Electrician");
        await Assertions.Expect(screen.Locator("#dots .dot")).ToHaveCountAsync(2);
        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Welder", new() { Timeout = 12000 });
        await Assertions.Expect(screen.Locator("#category")).ToHaveTextAsync("Electrician", new() { Timeout = 12000 });
        await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(1);
    }
}
