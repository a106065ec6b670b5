using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Labour;

/// POST …/rounds/{rid}/self/import: self-assessments (自评) by CSV, all or nothing, each unit's lines its whole
/// self-assessment; the self totals checked on the round board against <see cref="LabourModel"/>.
public sealed class SelfImportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task A_file_with_refused_lines_writes_nothing_and_names_them_then_a_good_file_sets_every_units_self_assessment()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "安康杯 自评", kind = "labour" }, HttpStatusCode.Created))!;
        var c = $"/api/contests/{(string)created["id"]!}";
        var org = (string)created["organizerToken"]!;
        var category = await api.Create($"{c}/categories", org, new { name = "项目部", entryType = "team" });
        var scheme = (await api.Put($"{c}/categories/{category}/scheme", org, new
        {
            blocks = new object[]
            {
                new { name = "安全管理", items = new object[]
                {
                    new { name = "制度落实", kind = "points", maxPoints = 30 }, new { name = "隐患", kind = "deduction", maxPoints = 10, perOccurrence = 2 },
                    new { name = "重大事故", kind = "veto" },
                } },
                new { name = "文明施工", items = new object[]
                    { new { name = "现场整洁", kind = "points", maxPoints = 20 }, new { name = "创新", kind = "bonus", maxPoints = 15 } } },
            },
            bonusCap = 10,
        }))!;
        var blocks = scheme["blocks"]!.AsArray().Select(b => new ModelBlock((Guid)b!["id"]!, [.. b["items"]!.AsArray().Select(i =>
            new ModelItem((Guid)i!["id"]!, (string)i["kind"]!, (decimal?)i["maxPoints"], (decimal?)i["perOccurrence"]))])).ToList();
        var items = blocks.SelectMany(b => b.Items).ToList();
        await api.Post($"{c}/registration/open", org);
        var one = await api.Create($"{c}/entries", org, new { categoryId = category, name = "一标段项目部", organization = "建工集团" });
        var two = await api.Create($"{c}/entries", org, new { categoryId = category, name = "二标段项目部", organization = "路桥公司" });
        foreach (var id in new[] { one, two }) await api.Post($"{c}/entries/{id}/approve", org);
        var round = await api.Create($"{c}/categories/{category}/rounds", org, new { name = "一月", startsOn = "2026-01-01", endsOn = "2026-01-31" });
        await api.Post($"{c}/rounds/{round}/open", org);
        var import = $"{c}/rounds/{round}/self/import";

        // Line 3: over the maximum; 4: no such unit; 5: no such item; 6: a formula; 7: a veto item; 8: the same item again.
        var bad = "单位,指标,分值\n一标段项目部,制度落实,25\n一标段项目部,现场整洁,21\n三标段项目部,制度落实,5\n二标段项目部,安全文化,5\n"
                  + "=1+1,制度落实,5\n二标段项目部,重大事故,1\n一标段项目部,制度落实,20\n";
        var (refused, sequence) = await ImportAsync(import, org, bad, "zh-CN");
        ((int)refused["imported"]!).ShouldBe(0);
        var lines = refused["errors"]!.AsArray().Select(e => (int)e!["line"]!).Distinct().ToList();
        lines.ShouldBe([3, 4, 5, 6, 7, 8]);
        refused["errors"]!.AsArray().ShouldAllBe(e => ((string)e!["message"]!).Any(ch => ch >= 0x4e00 && ch <= 0x9fff));
        var board = await api.Get($"{c}/rounds/{round}/leaderboard?after={sequence}");
        board["rows"]!.AsArray().ShouldAllBe(r => (decimal?)r!["selfTotal"] == null || (decimal?)r!["selfTotal"] == 0);

        // Units by name and by id, items by name and by id, English header: every unit's lines are its whole self-assessment.
        var good = $"unit,item,value\n一标段项目部,制度落实,25\n一标段项目部,隐患,2\n一标段项目部,现场整洁,18\n一标段项目部,创新,12\n"
                   + $"{two},{items[0].Id},28.5\n{two},现场整洁,20\n{two},{items[1].Id},0\n";
        var (accepted, written) = await ImportAsync(import, org, good);
        (accepted["errors"]!.AsArray().Count, (int)accepted["imported"]!).ShouldBe((0, 7), accepted.ToJsonString());
        written.ShouldBeGreaterThan(sequence);
        var expected = new Dictionary<Guid, decimal>
        {
            [one] = LabourModel.Score(blocks, 10, Values((items[0].Id, 25), (items[1].Id, 2), (items[3].Id, 18), (items[4].Id, 12))).Total,
            [two] = LabourModel.Score(blocks, 10, Values((items[0].Id, 28.5m), (items[3].Id, 20), (items[1].Id, 0))).Total,
        };
        expected[one].ShouldBe(21 + 18 + 10);
        board = await api.Get($"{c}/rounds/{round}/leaderboard?after={written}");
        foreach (var row in board["rows"]!.AsArray())
            ((decimal)row!["selfTotal"]!).ShouldBe(expected[(Guid)row["entryId"]!], row.ToJsonString());

        // A file of one unit replaces that unit's self-assessment only.
        var (again, last) = await ImportAsync(import, org, "unit,item,value\n二标段项目部,制度落实,10\n");
        ((int)again["imported"]!).ShouldBe(1);
        board = await api.Get($"{c}/rounds/{round}/leaderboard?after={last}");
        var rows = board["rows"]!.AsArray().ToDictionary(r => (Guid)r!["entryId"]!, r => (decimal)r!["selfTotal"]!);
        (rows[one], rows[two]).ShouldBe((expected[one], 10m));

        // Frozen: every unit's lines refused by the round's state, nothing written.
        await api.Post($"{c}/rounds/{round}/freeze", org);
        var (frozen, _) = await ImportAsync(import, org, "unit,item,value\n一标段项目部,制度落实,1\n");
        frozen["errors"]!.AsArray().Select(e => (int)e!["line"]!).ShouldBe([2]);
    }

    static Dictionary<Guid, List<decimal>> Values(params (Guid Item, decimal Value)[] values) =>
        values.ToDictionary(v => v.Item, v => new List<decimal> { v.Value });

    async Task<(JsonNode Answer, long Sequence)> ImportAsync(string url, string token, string csv, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await api.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, text);
        return (JsonNode.Parse(text)!, long.Parse(response.Headers.GetValues("Event-Sequence").Single()));
    }
}
