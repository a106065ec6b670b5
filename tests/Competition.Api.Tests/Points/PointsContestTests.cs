using System.Net;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Support;

namespace Competition.Api.Tests.Points;

/// API.md "Points contests (积分制)": through every route, totals computed here from the grants the test made.
public sealed class PointsContestTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    readonly ApiClient api = new(factory.CreateClient());

    [Fact]
    public async Task Standings_total_a_seeded_season_of_grants_with_caps_deductions_revocations_and_shared_ranks()
    {
        var season = await new PointsSeason(api).SetUpAsync(8);
        var random = new Random(2026);
        var codes = PointsSeason.Table.Keys.ToArray();
        var grants = new List<(Guid Id, Guid Entry, string Code, int Quantity)>();
        long last = 0;
        for (var i = 0; i < 60; i++)
        {
            var (entry, code, quantity) = (season.Entries[random.Next(season.Entries.Count)], codes[random.Next(codes.Length)], random.Next(1, 4));
            // Every third by the category's judge; the default quantity is 1.
            var token = i % 3 == 0 ? season.SafetyJudge : season.Org;
            var (id, sequence) = await season.GrantAsync(token, entry, code, quantity == 1 && i % 2 == 0 ? null : quantity);
            grants.Add((id, entry, code, quantity));
            last = sequence;
        }
        var revoked = grants.Where((_, i) => i % 7 == 0).Select(g => g.Id).ToHashSet();
        foreach (var id in revoked)
        {
            var (answer, text) = await season.SendAsync(HttpMethod.Post, $"{season.C}/points/{id}/revoke", season.Org, new { reason = "重复登记" });
            ((int)answer.StatusCode).ShouldBe(204, text);
            last = PointsSeason.Sequence(answer);
        }

        // The organizer's list of the category's grants (beyond the contract): every one, newest first, the revoked marked.
        var listed = (await api.Get($"{season.C}/categories/{season.Safety}/points", season.Org)).AsArray().Select(g => g!).ToList();
        listed.Select(g => (Guid)g["id"]!).ShouldBe(grants.AsEnumerable().Reverse().Select(g => g.Id));
        listed.Where(g => (bool)g["revoked"]!).Select(g => (Guid)g["id"]!).ShouldBe(revoked, ignoreOrder: true);
        listed.Select(g => (int)g["quantity"]!).ShouldBe(grants.AsEnumerable().Reverse().Select(g => g.Quantity));
        await api.Send(HttpMethod.Get, $"{season.C}/categories/{season.Safety}/points", season.SafetyJudge, null, HttpStatusCode.Forbidden);

        var board = await season.StandingsAsync(season.Safety, last);
        ((string)board["status"]!).ShouldBe("provisional");
        ((long)board["sequence"]!).ShouldBeGreaterThanOrEqualTo(last);
        var rows = board["rows"]!.AsArray().Select(r => r!).ToList();
        rows.Count.ShouldBe(season.Entries.Count);
        foreach (var entry in season.Entries)
        {
            var byReason = new Dictionary<string, decimal>();
            foreach (var (code, (points, cap)) in PointsSeason.Table)
            {
                var given = grants.Where(g => g.Entry == entry && g.Code == code && !revoked.Contains(g.Id)).ToList();
                if (given.Count == 0) continue;
                var sum = given.Sum(g => points * g.Quantity);
                byReason[code] = cap is { } c && points > 0 ? Math.Min(sum, c) : sum;
            }
            var row = rows.Single(r => Guid.Parse((string)r["entryId"]!) == entry);
            ((decimal)row["total"]!).ShouldBe(byReason.Values.Sum(), $"entry {row["name"]}");
            row["byReason"]!.AsObject().ToDictionary(p => p.Key, p => (decimal)p.Value!).ShouldBe(byReason, ignoreOrder: true);
            ((string)row["organization"]!).ShouldEndWith("单位");
        }
        foreach (var row in rows)
            ((int)row["rank"]!).ShouldBe(1 + rows.Count(r => (decimal)r["total"]! > (decimal)row["total"]!));
        rows.Select(r => (decimal)r["total"]!).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task Reasons_read_back_at_once_and_a_duplicate_code_is_a_conflict()
    {
        var season = await new PointsSeason(api).SetUpAsync(1);
        var (answer, text) = await season.SendAsync(HttpMethod.Post, $"{season.C}/categories/{season.Innovation}/reasons", season.Org,
            new { code = "IDEA", name = "合理化建议被采纳", points = 3.5, capPerEntry = 10.5 });
        ((int)answer.StatusCode).ShouldBe(201, text);
        PointsSeason.Sequence(answer).ShouldBeGreaterThan(0);
        var id = Guid.Parse((string)JsonNode.Parse(text)!["id"]!);

        var reasons = (await api.Get($"{season.C}/categories/{season.Innovation}/reasons")).AsArray();
        reasons.Select(r => (string)r!["code"]!).ShouldBe(["TRAIN", "IDEA"]);
        var idea = reasons.Single(r => (string)r!["code"]! == "IDEA")!;
        (Guid.Parse((string)idea["id"]!), (string)idea["name"]!, (decimal)idea["points"]!, (decimal?)idea["capPerEntry"]).ShouldBe((id, "合理化建议被采纳", 3.5m, 10.5m));
        ((decimal?)reasons[0]!["capPerEntry"]).ShouldBeNull();

        var problem = (await api.Post($"{season.C}/categories/{season.Innovation}/reasons", season.Org, new { code = "idea", name = "again", points = 1 }, HttpStatusCode.Conflict))!;
        ((string)problem["detail"]!).ShouldContain("IDEA", Case.Insensitive);
        (await api.Get($"{season.C}/categories/{season.Innovation}/reasons")).AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_judge_grants_only_in_their_own_category_and_never_revokes()
    {
        var season = await new PointsSeason(api).SetUpAsync(2);
        var (grant, _) = await season.GrantAsync(season.SafetyJudge, season.Entries[0], "HAZ", 2);
        var body = new { entryId = season.InnovationEntries[0], reasonCode = "TRAIN", occurredOn = "2026-04-01" };
        await api.Post($"{season.C}/points", season.SafetyJudge, body, HttpStatusCode.Forbidden);
        await api.Post($"{season.C}/points", season.InnovationJudge, body, HttpStatusCode.Created);
        await api.Post($"{season.C}/points/{grant}/revoke", season.SafetyJudge, new { reason = "r" }, HttpStatusCode.Forbidden);

        var other = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Other", kind = "points" }, HttpStatusCode.Created))!;
        await api.Post($"/api/contests/{other["id"]}/points", season.SafetyJudge, body, HttpStatusCode.Forbidden);
        await api.Post($"{season.C}/points", (string)other["organizerToken"]!, body, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Grants_go_to_approved_entries_only_and_bad_bodies_write_nothing()
    {
        var season = await new PointsSeason(api).SetUpAsync(1);
        var pending = await season.EntryAsync(season.Safety, "待审核", approve: false);
        var good = new { entryId = season.Entries[0], reasonCode = "HAZ", occurredOn = "2026-04-01" };
        await api.Post($"{season.C}/points", season.Org, good with { entryId = pending }, HttpStatusCode.Conflict);
        await api.Post($"{season.C}/points", season.Org, good with { entryId = Guid.NewGuid() }, HttpStatusCode.NotFound);
        foreach (var (field, body) in new (string, object)[]
        {
            ("occurredOn", new { entryId = season.Entries[0], reasonCode = "HAZ", occurredOn = "2026-4-1" }),
            ("occurredOn", new { entryId = season.Entries[0], reasonCode = "HAZ", occurredOn = "2026-02-30" }),
            ("quantity", new { entryId = season.Entries[0], reasonCode = "HAZ", occurredOn = "2026-04-01", quantity = 0 }),
            ("quantity", new { entryId = season.Entries[0], reasonCode = "HAZ", occurredOn = "2026-04-01", quantity = 1.5 }),
            ("reasonCode", new { entryId = season.Entries[0], reasonCode = "NOPE", occurredOn = "2026-04-01" }),
        })
        {
            var problem = (await api.Post($"{season.C}/points", season.Org, body, HttpStatusCode.BadRequest))!;
            problem["errors"]![field].ShouldNotBeNull(problem.ToJsonString());
        }
        // The board follows the log a moment later: wait for the approved entry, then it has nothing granted.
        JsonNode board = null!;
        await Eventually.True(async () => (board = await season.StandingsAsync(season.Safety, 0))["rows"]!.AsArray().Count == 1);
        board["rows"]!.AsArray().Single()!["total"]!.GetValue<decimal>().ShouldBe(0m);
    }

    [Fact]
    public async Task A_skills_contest_has_no_reasons_grants_standings_or_finish()
    {
        var created = (await api.Post("/api/contests", ApiFactory.AdminKey, new { name = "Skills", kind = "skills" }, HttpStatusCode.Created))!;
        var (c, org) = ($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        var cat = await api.Create($"{c}/categories", org, new { name = "Welder", entryType = "individual" });
        await api.Post($"{c}/categories/{cat}/reasons", org, new { code = "A", name = "A", points = 1 }, HttpStatusCode.Conflict);
        await api.Send(HttpMethod.Get, $"{c}/categories/{cat}/reasons", null, null, HttpStatusCode.Conflict);
        await api.Send(HttpMethod.Get, $"{c}/categories/{cat}/standings", null, null, HttpStatusCode.Conflict);
        await api.Post($"{c}/finish", org, expected: HttpStatusCode.Conflict);
    }
}
