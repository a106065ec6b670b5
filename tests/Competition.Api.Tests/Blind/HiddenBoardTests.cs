using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Competition.Api.Tests.Security;
using Competition.Api.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.Api.Tests.Blind;

/// Issue 16, the hidden board: until it is revealed nothing public, pushed or in the feed gives a total or a rank; then
/// reveal/next shows it from the last place up, and every step reaches the screens in order as a `reveal` message.
public sealed partial class HiddenBoardTests(SecureApi api) : IClassFixture<SecureApi>
{
    static readonly decimal[] Points = [62, 91, 48, 77]; // ranks 3, 1, 4, 2

    [Fact]
    public async Task No_total_or_rank_leaks_before_the_reveal_and_the_steps_arrive_in_order_from_the_last_place()
    {
        var created = (await api.Api.Post("/api/contests", ApiFactory.AdminKey, new { name = "揭晓 Reveal", kind = "skills" }, HttpStatusCode.Created))!;
        var (cid, org) = ((string)created["id"]!, (string)created["organizerToken"]!);
        var c = $"/api/contests/{cid}";
        var cat = await api.Api.Create($"{c}/categories", org, new { name = "Welder", entryType = "individual", board = "hidden" });
        var stage = await api.Api.Create($"{c}/categories/{cat}/stages", org, new { name = "Weld", weight = 100, aggregation = new { rule = "mean" } });
        var criterion = await api.Api.Create($"{c}/stages/{stage}/criteria", org, new { name = "Seam", maxPoints = 100, kind = "judgement" });
        await api.Api.Put($"{c}/categories/{cat}/award-policy", org, new { tiers = new[] { new { name = "一等奖", count = 1 }, new { name = "二等奖", count = 1 } } },
            HttpStatusCode.NoContent);
        await api.Api.Post($"{c}/registration/open", org);
        var entries = new List<Guid>();
        for (var i = 0; i < Points.Length; i++)
        {
            entries.Add(await api.Api.Create($"{c}/entries", org, new { categoryId = cat, name = $"Welder {i + 1}", organization = $"Yard {i + 1}" }));
            await api.Api.Post($"{c}/entries/{entries[^1]}/approve", org);
        }
        var judge = (await api.Api.Post($"{c}/judges", org, new { name = "J", organization = "Union", categoryIds = new[] { cat } }, HttpStatusCode.Created))!;
        await api.Api.Post($"{c}/categories/{cat}/draw", org, new { seed = 3 }, HttpStatusCode.OK);
        await api.Api.Post($"{c}/stages/{stage}/open", org);

        var pushed = new ConcurrentQueue<(string Type, string Json)>();
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(api.Http.BaseAddress!, "/hubs/leaderboard")).Build();
        hub.On<JsonElement>("leaderboard", b => pushed.Enqueue(("leaderboard", b.GetRawText())));
        hub.On<JsonElement>("reveal", r => pushed.Enqueue(("reveal", r.GetRawText())));
        await hub.StartAsync();
        await hub.InvokeAsync("Watch", cid, cat.ToString());

        for (var i = 0; i < entries.Count; i++)
        {
            await api.Api.Put($"{c}/stages/{stage}/entries/{entries[i]}/marks/{criterion}", (string)judge["token"]!, new { points = Points[i] });
            await api.Api.Post($"{c}/stages/{stage}/entries/{entries[i]}/sheet/submit", (string)judge["token"]!);
        }
        await api.Api.Post($"{c}/stages/{stage}/close", org);
        var board = $"{c}/categories/{cat}/leaderboard";
        await Eventually.True(async () => (string)(await api.Api.Get(board))["status"]! == "final", "The board did not become final");

        // Before the reveal: progress, but no rank, total or stage score, rows by bib; and no proposal either.
        var sealedBoard = await api.Api.Get(board);
        sealedBoard["rows"]!.AsArray().ShouldAllBe(r => r!["rank"] == null && r["total"] == null && r["stageScores"]!.AsObject().Count == 0);
        sealedBoard["rows"]!.AsArray().Select(r => (int)r!["bib"]!).ShouldBe([1, 2, 3, 4]);
        sealedBoard["rows"]!.AsArray().ShouldAllBe(r => (int)r!["judgesDone"]! == 1);
        await api.Api.Post($"{c}/categories/{cat}/awards/propose", org, expected: HttpStatusCode.Conflict);
        var publicAnswers = new List<string>
        {
            sealedBoard.ToJsonString(), (await api.Api.Get($"{board}?top=2")).ToJsonString(), (await api.Api.Get(c)).ToJsonString(),
            (await api.Api.Get($"{c}/categories/{cat}/awards")).ToJsonString(),
        };
        var feed = await FeedAsync(c, org);
        foreach (var text in publicAnswers.Concat(pushed.Select(p => p.Json)).Concat(feed.Split('\n')))
            Numbered().IsMatch(text).ShouldBeFalse(text);
        pushed.ShouldNotContain(p => p.Type == "reveal");

        // The ceremony: four calls, from the last place up.
        var answers = new List<JsonNode>();
        for (var i = 0; i < 4; i++) answers.Add((await api.Api.Post($"{c}/categories/{cat}/reveal/next", org, expected: HttpStatusCode.OK))!);
        answers.Select(a => (int)a["revealed"]![0]!["rank"]!).ShouldBe([4, 3, 2, 1]);
        answers.Select(a => (bool)a["published"]!).ShouldBe([false, false, false, true]);
        ((string)answers[3]["revealed"]![0]!["tier"]!).ShouldBe("一等奖");
        await api.Api.Post($"{c}/categories/{cat}/reveal/next", org, expected: HttpStatusCode.Conflict);

        await Eventually.True(() => Task.FromResult(pushed.Count(p => p.Type == "reveal") == 4), "Not every reveal step was pushed");
        var steps = pushed.Where(p => p.Type == "reveal").Select(p => JsonNode.Parse(p.Json)!).ToList();
        steps.Select(s => (int)s["step"]!).ShouldBe([1, 2, 3, 4]);
        steps.Select(s => (decimal)s["total"]!).ShouldBe([48m, 62m, 77m, 91m]);
        steps.Select(s => (string?)s["tier"]).ShouldBe([null, null, "二等奖", "一等奖"]);
        steps.Select(s => (Guid)s["entryId"]!).ShouldBe([entries[2], entries[0], entries[3], entries[1]]);

        await Eventually.True(async () => (await api.Api.Get(board))["reveal"]?["published"]?.GetValue<bool>() == true, "The board was not published");
        var open = await api.Api.Get(board);
        open["rows"]!.AsArray().Select(r => (int)r!["rank"]!).ShouldBe([1, 2, 3, 4]);
        open["rows"]!.AsArray().Select(r => (decimal)r!["total"]!).ShouldBe([91m, 77m, 62m, 48m]);
        await api.Api.Post($"{c}/categories/{cat}/awards/propose", org, expected: HttpStatusCode.OK);
    }

    async Task<string> FeedAsync(string c, string org)
    {
        using var response = await api.SendAsync(HttpMethod.Get, $"{c}/events", org);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("\"(rank|total)\":\\s*\\d", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
