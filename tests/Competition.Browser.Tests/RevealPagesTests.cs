namespace Competition.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RevealPagesTests(BrowserApp app)
{
    [Fact]
    public async Task The_remote_reveals_a_hidden_board_on_the_big_screen_from_the_last_place_up_to_the_winners()
    {
        var api = app.Api();
        (string Name, string Organization)[] workers = [("Li Lei", "Grid Co"), ("Han Meimei", "Metro Works"), ("Zhao Min", "Delta Works"), ("Sun Li", "East Grid")];
        var contest = await SeededContest.CreateAsync(api, "揭晓 Reveal night", blindPractical: false, hiddenBoard: true, workers);
        var points = new Dictionary<string, decimal> { ["Li Lei"] = 9, ["Han Meimei"] = 6, ["Zhao Min"] = 8, ["Sun Li"] = 5 };
        foreach (var (name, p) in points)
            foreach (var (stage, criterion) in new[] { (contest.TheoryId, contest.TheoryCriterionId), (contest.PracticalId, contest.PracticalCriterionId) })
                await contest.MarkAsync(api, contest.JudgeToken, stage, criterion, name, p);
        foreach (var stage in new[] { contest.TheoryId, contest.PracticalId })
            await api.PostAsync($"/api/contests/{contest.Id}/stages/{stage}/close", contest.OrganizerToken);

        var (_, screen) = await app.OpenAsync($"/screen/{contest.Id}?category={contest.CategoryId}", 1920, 1080);
        await Assertions.Expect(screen.Locator("#badge")).ToHaveTextAsync("Results to be revealed");
        await Assertions.Expect(screen.Locator("#rows .row")).ToHaveCountAsync(4);
        (await screen.Locator("#rows .row .total").AllTextContentsAsync()).ShouldAllBe(total => total == "–");
        (await screen.Locator("#rows .row .rank").AllTextContentsAsync()).ShouldAllBe(rank => rank == "–");
        await Screenshots.SaveAsync(screen, "reveal-start-1920");

        var (_, remote) = await app.OpenAsync("/", 390, 844);
        await remote.EvaluateAsync("([id, token]) => localStorage.setItem('competition.organizer.contests', JSON.stringify({ [id]: { name: id, token } }))",
            new[] { contest.Id, contest.OrganizerToken });
        await remote.GotoAsync($"/reveal/{contest.Id}?category={contest.CategoryId}");
        await Assertions.Expect(remote.Locator("#progress")).ToHaveTextAsync("0 of 4 revealed (from the last place up)");

        foreach (var (step, name) in new[] { (1, "Sun Li"), (2, "Han Meimei") })
        {
            await remote.Locator("button[name=next]").ClickAsync();
            await Assertions.Expect(remote.Locator("#progress")).ToHaveTextAsync($"{step} of 4 revealed (from the last place up)");
            await Assertions.Expect(screen.Locator("#reveal .reveal-step")).ToHaveAttributeAsync("data-step", step.ToString());
            await Assertions.Expect(screen.Locator("#reveal .name")).ToHaveTextAsync(name);
        }
        // The two revealed rows have their ranks and totals, below the two still sealed.
        await Assertions.Expect(screen.Locator("#rows .row .rank")).ToHaveTextAsync(["–", "–", "3rd", "4th"]);
        await Assertions.Expect(screen.Locator("#rows .row .name").Nth(2)).ToHaveTextAsync("Han Meimei");
        await Screenshots.SaveAsync(screen, "reveal-middle-1920");

        await remote.Locator("button[name=next]").ClickAsync();
        await Assertions.Expect(screen.Locator("#reveal .name")).ToHaveTextAsync("Zhao Min");
        await remote.Locator("button[name=next]").ClickAsync();
        await Assertions.Expect(remote.Locator("#progress")).ToHaveTextAsync("Every result is published.");
        await Assertions.Expect(screen.Locator("#awards")).ToBeVisibleAsync(new() { Timeout = 10000 });
        await Assertions.Expect(screen.Locator("#awards .tier h3")).ToHaveTextAsync(["Gold", "Silver"]);
        await Assertions.Expect(screen.Locator("#awards .tier").First.Locator(".name")).ToHaveTextAsync("Li Lei");
        await Assertions.Expect(screen.Locator("#rows .row .rank")).ToHaveTextAsync(["1st", "2nd", "3rd", "4th"]);
        await Screenshots.SaveAsync(screen, "reveal-end-1920");
    }
}
