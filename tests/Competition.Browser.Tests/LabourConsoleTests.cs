namespace Competition.Browser.Tests;

/// A labour contest (劳动竞赛) set up and run through the console: the scheme with a veto item and a gate, a round, the
/// self-assessments by CSV (a refused line shown by its number, then a good file), a veto with its reason, publishing
/// refused until the assessors' sheets are in (two assessors on their tablets), the round board with the red flag in the
/// console and on the big screen.
[Collection(BrowserCollection.Name)]
public sealed class LabourConsoleTests(BrowserApp app)
{
    [Fact]
    public async Task A_labour_round_is_set_up_assessed_by_csv_vetoed_and_published_with_the_red_flag()
    {
        var (_, page) = await app.OpenAsync("/", 1280, 900);
        var console = new OrganizerConsole(page);
        var (cid, org) = await ConsoleKinds.CreateAsync(page, "安康杯 2026", "labour");
        await console.AddCategoryAsync("项目部");

        var scheme = page.Locator("#setup article.category[data-name='项目部'] form[name=scheme]");
        await scheme.Locator("input[name=block-name]").FillAsync("安全管理");
        await scheme.Locator("input[name=item-name]").FillAsync("制度落实");
        await scheme.Locator("input[name=item-max]").FillAsync("30");
        await scheme.Locator("button[name=add-item]").ClickAsync();
        await scheme.Locator("tr.item").Nth(1).Locator("select[name=item-kind]").SelectOptionAsync("veto");
        await scheme.Locator("tr.item").Nth(1).Locator("input[name=item-name]").FillAsync("重大事故");
        await scheme.Locator("input[name=blockShare]").FillAsync("50");
        await Assertions.Expect(scheme.Locator(".max-total")).ToContainTextAsync("30");
        await scheme.Locator("button[name=save-scheme]").ClickAsync();
        await Assertions.Expect(page.Locator("#rounds .message.error")).ToHaveCountAsync(0, new() { Timeout = 10000 });

        await console.SetRegistrationAsync(true);
        await console.RegisterAsync("一标段", "建工集团");
        await console.RegisterAsync("二标段", "路桥公司");
        await console.ApproveAllAsync(2);
        var api = app.Api();
        var assessor = (await api.PostAsync($"/api/contests/{cid}/judges", org, new { name = "王工", organization = "安监站", categoryIds = new[] { await CategoryAsync(api, cid) } }))
            .GetProperty("token").GetString()!;

        var rounds = page.Locator("#rounds article.category[data-name='项目部']");
        var add = rounds.Locator("form[name=add-round]");
        await add.Locator("input[name=name]").FillAsync("一月");
        await add.Locator("input[name=startsOn]").FillAsync("2026-01-01");
        await add.Locator("input[name=endsOn]").FillAsync("2026-01-31");
        await add.Locator("button[type=submit]").ClickAsync();
        await rounds.Locator("tr.round[data-name='一月'] button[name=open-round]").ClickAsync();
        await rounds.Locator("tr.round[data-name='一月'][data-status='open']").WaitForAsync();

        var csv = rounds.Locator("form[name=import-self]");
        await csv.Locator("textarea").FillAsync("单位,指标,分值\n一标段,制度落实,25\n二标段,制度落实,31\n");
        await csv.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(rounds.Locator(".csv-result li[data-line='3']")).ToContainTextAsync("line 3");
        await csv.Locator("textarea").FillAsync("单位,指标,分值\n一标段,制度落实,25\n二标段,制度落实,28\n");
        await csv.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(rounds.Locator(".csv-result .message.info")).ToHaveTextAsync("2 lines imported.");

        // The self-assessment dialog opens with what the file entered.
        await rounds.Locator("tr.unit[data-name='一标段'] button[name=self]").ClickAsync();
        var self = page.Locator("dialog.edit[open]");
        await Assertions.Expect(self.Locator("input[type=number]").First).ToHaveValueAsync("25");
        await self.Locator("button[name=cancel]").ClickAsync();
        await Assertions.Expect(self).ToHaveCountAsync(0);

        await rounds.Locator("tr.unit[data-name='二标段'] button[name=veto]").ClickAsync();
        var veto = page.Locator("dialog.edit[open]");
        await veto.Locator("textarea[name=reason]").FillAsync("发生一般事故");
        await veto.Locator("button[name=save]").ClickAsync();
        await Assertions.Expect(veto).ToHaveCountAsync(0);

        await rounds.Locator("button[name=freeze-round]").ClickAsync();
        await rounds.Locator("tr.round[data-status='frozen']").WaitForAsync();
        await rounds.Locator("button[name=publish-round]").ClickAsync();
        await InPageDialog.ConfirmAsync(page);
        await Assertions.Expect(rounds.Locator("tr.round .message.problem")).ToContainTextAsync("一标段 (0)");

        // The round is reopened (with a reason) for the assessors' sheets: two assessors on their tablets, 一标段's only,
        // 二标段 being vetoed needs none.
        await rounds.Locator("button[name=reopen-round]").ClickAsync();
        await InPageDialog.GiveReasonAsync(page, "补录考核表");
        await rounds.Locator("tr.round[data-status='open']").WaitForAsync();
        var second = (await api.PostAsync($"/api/contests/{cid}/judges", org, new { name = "李工", organization = "市总工会", categoryIds = new[] { await CategoryAsync(api, cid) } }))
            .GetProperty("token").GetString()!;
        foreach (var (token, points, width, height) in new[] { (assessor, "24", 1024, 768), (second, "26", 768, 1024) })
        {
            var (_, tablet) = await app.OpenAsync($"/judge#token={token}", width, height);
            await tablet.Locator(".unit-tile[data-name='一标段']").ClickAsync();
            await UnitSheet.Fill(tablet, "制度落实", points);
            await new Tablet(tablet).WaitUntilSentAsync();
            await UnitSheet.SubmitAsync(tablet);
            await Screenshots.SaveAsync(tablet, $"console-labour-tablet-{width}x{height}");
        }
        await rounds.Locator("button[name=freeze-round]").ClickAsync();
        await rounds.Locator("tr.round[data-status='frozen']").WaitForAsync();
        await rounds.Locator("button[name=publish-round]").ClickAsync();
        await InPageDialog.ConfirmAsync(page);
        await rounds.Locator("tr.round[data-status='published']").WaitForAsync();

        await page.Locator("nav.sections button[value=results]").ClickAsync();
        var results = page.Locator("#results article.category[data-name='项目部']");
        await ConsoleKinds.RefreshUntilAsync(page, results.Locator("button[name=refresh-board]"),
            results.Locator("tr.unit-row[data-name='一标段'][data-red-flag='true']"));
        await Assertions.Expect(results.Locator("tr.unit-row[data-name='一标段'] td.self-total")).ToHaveTextAsync("25.00");
        await Assertions.Expect(results.Locator("tr.unit-row[data-name='二标段'] td.vetoed")).ToHaveTextAsync("vetoed");
        await Assertions.Expect(results.Locator("tr.season-row[data-name='一标段'] td.flags")).ToContainTextAsync("🚩");
        await Screenshots.SaveAsync(page, "console-labour");

        // The hall's big screen: the round board with the flag on 一标段 (mean of 24 and 26: 25), 二标段 vetoed.
        var (_, screen) = await app.OpenAsync($"/screen/{cid}?view=round", 1920, 1080);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='一标段'] .flag")).ToHaveCountAsync(1);
        await Assertions.Expect(screen.Locator("#rows .row[data-name='一标段'] .total")).ToHaveTextAsync("25.00");
        await Assertions.Expect(screen.Locator("#rows .row .flag")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(screen, "console-labour-screen-1920x1080");
        app.PageErrors.ShouldBeEmpty();
    }

    static async Task<string> CategoryAsync(Api api, string cid) =>
        (await api.SendAsync(HttpMethod.Get, $"/api/contests/{cid}", null)).GetProperty("categories")[0].GetProperty("id").GetString()!;
}
