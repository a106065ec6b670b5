using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Labour;

/// A 安康杯-style labour contest through every labour route: the scheme, two rounds assessed by three assessors (one
/// recused from a unit of its own company), self-assessments, a veto, publishing with the red flag, the season standings
/// and awards proposed from them. Every total is computed again here (<see cref="LabourModel"/>).
public sealed class LabourContestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    static object SchemeBody => new
    {
        blocks = new object[]
        {
            new { name = "安全管理", items = new object[]
            {
                new { name = "制度落实", kind = "points", maxPoints = 30 },
                new { name = "隐患", kind = "deduction", maxPoints = 10, perOccurrence = 2 },
                new { name = "重大事故", kind = "veto" },
            } },
            new { name = "文明施工", items = new object[]
            {
                new { name = "现场整洁", kind = "points", maxPoints = 20 },
                new { name = "违章", kind = "deduction", maxPoints = 5 },
                new { name = "创新", kind = "bonus", maxPoints = 15 },
            } },
        },
        bonusCap = 10, gates = new { blockShare = 0.5 }, minAssessors = 2, season = "sum",
    };

    [Fact]
    public async Task A_season_of_two_rounds_scores_ranks_passes_the_flag_and_proposes_awards_from_the_standings()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "安康杯 2026", kind = "labour" }, HttpStatusCode.Created))!;
        var c = $"/api/contests/{(string)created["id"]!}";
        var org = (string)created["organizerToken"]!;
        var category = await api.Create($"{c}/categories", org, new { name = "项目部", entryType = "team" });

        var scheme = (await api.Put($"{c}/categories/{category}/scheme", org, SchemeBody))!;
        var blocks = scheme["blocks"]!.AsArray().Select(b => new ModelBlock((Guid)b!["id"]!, [.. b["items"]!.AsArray().Select(i =>
            new ModelItem((Guid)i!["id"]!, (string)i["kind"]!, (decimal?)i["maxPoints"], (decimal?)i["perOccurrence"]))])).ToList();
        ((decimal)scheme["blocks"]![0]!["maxPoints"]!, (decimal)scheme["maxTotal"]!).ShouldBe((30m, 60m));
        (await api.Get($"{c}/categories/{category}/scheme"))["blocks"]!.ToJsonString().ShouldBe(scheme["blocks"]!.ToJsonString());
        var items = blocks.SelectMany(b => b.Items).ToList();
        var veto = items.Single(i => i.Kind == "veto").Id;
        var marked = items.Where(i => i.Kind != "veto").ToList();

        var assessors = new List<(Guid Id, string Token, string Org)>();
        foreach (var (name, company) in new[] { ("王工", "市安监站"), ("李工", "建工集团"), ("赵工", "市总工会") })
        {
            var j = (await api.Post($"{c}/judges", org, new { name, organization = company, categoryIds = new[] { category } }, HttpStatusCode.Created))!;
            assessors.Add(((Guid)j["id"]!, (string)j["token"]!, company));
        }
        await api.Post($"{c}/registration/open", org);
        var units = new List<(Guid Id, string Name, string Org)>();
        foreach (var (name, company) in new[] { ("一标段项目部", "建工集团"), ("二标段项目部", "路桥公司"), ("三标段项目部", "安装公司") })
        {
            var id = await api.Create($"{c}/entries", org, new { categoryId = category, name, organization = company });
            await api.Post($"{c}/entries/{id}/approve", org);
            units.Add((id, name, company));
        }

        var january = await api.Create($"{c}/categories/{category}/rounds", org, new { name = "一月", startsOn = "2026-01-01", endsOn = "2026-01-31" });
        var february = await api.Create($"{c}/categories/{category}/rounds", org, new { name = "二月", startsOn = "2026-02-01", endsOn = "2026-02-28" });
        await api.Post($"{c}/categories/{category}/rounds", org, new { name = "重叠", startsOn = "2026-01-20", endsOn = "2026-02-10" }, HttpStatusCode.Conflict);
        await api.Post($"{c}/rounds/{january}/open", org);
        await api.Post($"{c}/rounds/{february}/open", org, null, HttpStatusCode.Conflict);
        await api.Put($"{c}/categories/{category}/scheme", org, SchemeBody, HttpStatusCode.Conflict);

        // An assessor's tablet: the opened round's units by name, never their own company's, with the scheme by block.
        var me = await api.Get("/api/judge/me", assessors[1].Token);
        var assigned = me["assignments"]!.AsArray().Select(a => a!).ToList();
        assigned.Select(a => ((Guid)a["roundId"]!, (string)a["name"]!)).ShouldBe([(january, "三标段项目部"), (january, "二标段项目部")], ignoreOrder: true);
        ((string)assigned[0]["roundStatus"]!, assigned[0]["blocks"]!.AsArray().Count, (string)assigned[0]["sheet"]!["status"]!).ShouldBe(("open", 2, "open"));

        var random = new Random(2026);
        var expected = new Dictionary<(Guid Round, Guid Unit), (decimal Total, decimal Self)>();
        foreach (var round in new[] { january, february })
        {
            if (round == february) await api.Post($"{c}/rounds/{february}/open", org); // January is published
            foreach (var unit in units)
            {
                var values = marked.ToDictionary(i => i.Id, _ => new List<decimal>());
                foreach (var assessor in assessors)
                {
                    var path = $"{c}/rounds/{round}/entries/{unit.Id}";
                    if (assessor.Org == unit.Org)
                    {
                        await api.Put($"{path}/marks/{marked[0].Id}", assessor.Token, new { points = 1 }, HttpStatusCode.Forbidden);
                        continue;
                    }
                    foreach (var item in marked)
                    {
                        decimal value = item.Per is not null ? random.Next(0, 8) : Math.Round((decimal)random.NextDouble() * item.Max!.Value * 2) / 2;
                        await api.Put($"{path}/marks/{item.Id}", assessor.Token, new { points = value });
                        values[item.Id].Add(value);
                    }
                }
                var self = marked.ToDictionary(i => i.Id, i => i.Per is not null ? 1m : i.Max!.Value - 1);
                await api.Put($"{c}/rounds/{round}/entries/{unit.Id}/self", org, new { marks = self.ToDictionary(p => p.Key.ToString(), p => p.Value) }, HttpStatusCode.NoContent);
                var readBack = (await api.Get($"{c}/rounds/{round}/entries/{unit.Id}/self", org))["marks"]!.AsObject();
                readBack.ToDictionary(p => Guid.Parse(p.Key), p => (decimal)p.Value!).ShouldBe(self, ignoreOrder: true);
                var selfScore = LabourModel.Score(blocks, 10, self.ToDictionary(p => p.Key, p => new List<decimal> { p.Value }));
                expected[(round, unit.Id)] = (LabourModel.Score(blocks, 10, values).Total, selfScore.Total);
            }
            var first = $"{c}/rounds/{round}/entries/{units[1].Id}";
            await api.Put($"{first}/marks/{items.Single(i => i.Per is not null).Id}", assessors[0].Token, new { points = 1.5 }, HttpStatusCode.BadRequest);
            await api.Put($"{first}/marks/{veto}", assessors[0].Token, new { points = 1 }, HttpStatusCode.NotFound);
            if (round == january)
            {
                await api.Post($"{c}/rounds/{round}/publish", org, null, HttpStatusCode.Conflict); // open: freeze first
                await api.Post($"{c}/rounds/{round}/freeze", org);
                var short_ = (await api.Post($"{c}/rounds/{round}/publish", org, null, HttpStatusCode.Conflict))!;
                ((string)short_["detail"]!).ShouldContain("一标段项目部 (0)");
                await api.Post($"{c}/rounds/{round}/reopen", org, new { reason = "补录" });
            }
            else
                await api.Post($"{c}/rounds/{round}/entries/{units[2].Id}/veto", org, new { itemId = veto, reason = "发生一般事故" });
            foreach (var unit in units)
                foreach (var assessor in assessors.Where(a => a.Org != unit.Org))
                    await api.Post($"{c}/rounds/{round}/entries/{unit.Id}/sheet/submit", assessor.Token);
            await api.Post($"{c}/rounds/{round}/freeze", org);
            await api.Post($"{c}/rounds/{round}/publish", org);
            await api.Post($"{c}/rounds/{round}/reopen", org, new { reason = "晚了" }, HttpStatusCode.Conflict);
        }

        foreach (var round in new[] { january, february })
        {
            JsonNode board = null!;
            await Eventually.True(async () => (string)(board = await api.Get($"{c}/rounds/{round}/leaderboard"))["status"]! == "published"
                && board["rows"]!.AsArray().All(r => (int)r!["assessorsDone"]! == (int)r["assessorsTotal"]!));
            var rows = board["rows"]!.AsArray().Select(r => r!).ToList();
            foreach (var row in rows)
            {
                var (total, self) = expected[(round, (Guid)row["entryId"]!)];
                ((decimal)row["total"]!, (decimal)row["selfTotal"]!, (decimal)row["gap"]!).ShouldBe((total, self, self - total));
            }
            rows.Select(r => (int)r["assessorsTotal"]!).ShouldBe(rows.Select(r => (Guid)r["entryId"]! == units[0].Id ? 2 : 3));
            var ranked = rows.Where(r => r["rank"] is not null).ToList();
            ranked.Select(r => (decimal)r["total"]!).ShouldBeInOrder(SortDirection.Descending);
            var top = ranked.Where(r => (int)r["rank"]! == 1).Select(r => (Guid)r["entryId"]!).ToHashSet();
            rows.Where(r => (bool)r["redFlag"]!).Select(r => (Guid)r["entryId"]!).ToHashSet().ShouldBe(top);
            if (round == february)
            {
                var vetoed = rows.Single(r => (Guid)r["entryId"]! == units[2].Id);
                ((bool)vetoed["vetoed"]!, vetoed["rank"]).ShouldBe((true, null));
                rows.Last()["rank"].ShouldBeNull();
            }
            var window = await api.Get($"{c}/rounds/{round}/leaderboard?top=1&offset=1");
            ((int)window["count"]!, (Guid)window["rows"]![0]!["entryId"]!).ShouldBe((3, (Guid)rows[1]["entryId"]!));
        }

        JsonNode standings = null!;
        await Eventually.True(async () => (string)(standings = await api.Get($"{c}/categories/{category}/standings"))["status"]! == "final");
        var season = standings["rows"]!.AsArray().Select(r => r!).ToList();
        foreach (var row in season)
        {
            var unit = (Guid)row["entryId"]!;
            ((decimal)row["total"]!).ShouldBe(expected[(january, unit)].Total + expected[(february, unit)].Total);
            ((decimal)row["rounds"]![january.ToString()]!).ShouldBe(expected[(january, unit)].Total);
        }
        var out_ = season.Single(r => (Guid)r["entryId"]! == units[2].Id);
        ((bool)out_["vetoed"]!, out_["rank"]).ShouldBe((true, null));
        var history = standings["redFlag"]!["history"]!.AsArray();
        history.Select(h => (Guid)h!["roundId"]!).ShouldBe([january, february]);
        season.Sum(r => (int)r["flags"]!).ShouldBe(history.Sum(h => h!["holders"]!.AsArray().Count));

        await api.Put($"{c}/categories/{category}/award-policy", org, new { tiers = new object[] { new { name = "先进集体", count = 1 } }, minimumScore = 0 }, HttpStatusCode.NoContent);
        var proposal = (await api.Post($"{c}/categories/{category}/awards/propose", org, null, HttpStatusCode.OK))!;
        var winner = season.First(r => r["rank"] is not null && (int)r["rank"]! == 1);
        var awarded = proposal["awards"]!.AsArray().Select(a => (Guid)a!["entryId"]!).ToList();
        awarded.ShouldContain((Guid)winner["entryId"]!);
        awarded.ShouldNotContain(units[2].Id);
    }
}
