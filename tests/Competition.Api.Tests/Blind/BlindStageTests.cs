using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Competition.Api.Tests.Security;
using Competition.Api.Tests.Support;
using Competition.Domain;
using Competition.Domain.Contests;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.Api.Tests.Blind;

/// Issue 21 (and issue 20, row 11): on a blind stage judges mark work codes, and while it is open nothing public, nothing
/// pushed, nothing in the organizer's feed and nothing a judge can call joins a code to whose work it is. Every answer
/// is kept and searched afterwards.
public sealed class BlindStageTests(SecureApi api) : IClassFixture<SecureApi>
{
    internal sealed record Code(string WorkCode, string Alias, string EntryId, string Name, int Bib, decimal Points);

    [Fact]
    public async Task Nothing_joins_a_work_code_to_its_entry_until_the_stage_closes_and_then_the_scores_join_right()
    {
        var contest = await BlindContest.CreateAsync(api.Api);
        var answers = new Answers(api.Http);
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(api.Http.BaseAddress!, "/hubs/leaderboard")).Build();
        hub.On<JsonElement>("leaderboard", board => answers.Add("hub", "leaderboard", board.GetRawText()));
        hub.On<JsonElement>("awards", awards => answers.Add("hub", "awards", awards.GetRawText()));
        await hub.StartAsync();
        await hub.InvokeAsync("Watch", contest.Id, contest.Category);
        // The recused judge's tablet, told of its reopened sheet: by the alias it marks under, like everything a judge is sent.
        await using var tablet = new HubConnectionBuilder().WithUrl(new Uri(api.Http.BaseAddress!, "/hubs/leaderboard")).Build();
        tablet.On<JsonElement>("sheetReopened", push => answers.Add("judge", "sheetReopened", push.GetRawText()));
        await tablet.StartAsync();
        await tablet.InvokeAsync("WatchSheets", contest.RecusedJudge);

        // The judge's tablet: work codes, aliases in place of entry ids, no bibs.
        var me = await answers.GetAsync("judge", "/api/judge/me", contest.PracticalJudge);
        var assignments = me["assignments"]!.AsArray();
        assignments.Count.ShouldBe(4);
        assignments.ShouldAllBe(a => (string)a!["stageId"]! == contest.Practical && a["bib"] == null && ((string)a["workCode"]!).StartsWith('C'));
        assignments.Select(a => (string)a!["workCode"]!).ShouldBe(assignments.Select(a => (string)a!["workCode"]!).Order(StringComparer.Ordinal));
        var labels = (await api.Api.Get($"{contest.Path}/stages/{contest.Practical}/work-codes", contest.Organizer))["labels"]!.AsArray();
        labels.Select(l => (int)l!["bib"]!).ShouldBe([1, 2, 3, 4]);
        var codes = assignments.Select(a =>
        {
            var label = labels.Single(l => (string)l!["workCode"]! == (string)a!["workCode"]!)!;
            var index = contest.Entries.ToList().FindIndex(e => e.Id == (string)label["entryId"]!);
            return new Code((string)a!["workCode"]!, (string)a["entryId"]!, (string)label["entryId"]!, (string)label["name"]!, (int)label["bib"]!,
                10 * index + 15);
        }).ToList();
        codes.ShouldAllBe(c => c.Alias != c.EntryId);
        var delta = codes.Single(c => c.Name == "Worker Delta");
        (await answers.GetAsync("judge", "/api/judge/me", contest.RecusedJudge))["assignments"]!.AsArray()
            .Select(a => (string)a!["entryId"]!).ShouldBe(codes.Where(c => c != delta).Select(c => c.Alias), ignoreOrder: true);

        await MarkAsync(contest, answers, codes, delta);

        // The board while the stage is open: the theory only, the practical's progress for the whole category only.
        JsonNode board = null!;
        await Eventually.True(async () =>
        {
            board = await answers.GetAsync("public", contest.Board);
            return board["rows"]!.AsArray().All(r => (int)r!["judgesDone"]! == 1);
        }, "The board did not show the theory sheets");
        foreach (var row in board["rows"]!.AsArray())
        {
            row!["stageScores"]!.AsObject().Select(p => p.Key).ShouldBe([contest.Theory]);
            ((decimal)row["total"]!).ShouldBe(15m);
        }
        var progress = board["blindStages"]!.AsArray().Single()!;
        ((string)progress["stageId"]!, (int)progress["sheetsSubmitted"]!, (int)progress["sheetsExpected"]!).ShouldBe((contest.Practical, 7, 7));
        await answers.GetAsync("public", contest.Path);
        await answers.GetAsync("public", $"{contest.Board}?top=2");
        await answers.SendAsync("public", HttpMethod.Get, $"{contest.Path}/categories/{contest.Category}/awards", null);
        await answers.GetAsync("public", contest.Path, contest.PracticalJudge);
        var feed = await FeedAsync(contest, answers);
        // The chief judge's overview of the category: the entries by bib, none of the sealed stage's sheets.
        var overview = await answers.GetAsync("chief", $"{contest.Path}/categories/{contest.Category}/sheets", contest.PracticalJudge);
        overview.AsArray().SelectMany(e => e!["sheets"]!.AsArray()).ShouldAllBe(s => (string)s!["stageId"]! == contest.Theory);
        await Task.Delay(300); // pushes of the last writes
        var reopenedAlias = codes.First(c => c.Name != "Worker Delta").Alias;
        bool Told() { lock (answers.All) return answers.All.Any(a => a.What == "sheetReopened" && a.Text.Contains(reopenedAlias)); }
        await Eventually.True(() => Task.FromResult(Told()),
            "The recused judge's tablet was not told of its reopened sheet by its alias");

        // Organizer only: the labels are refused to judges and to the public.
        (await api.SendAsync(HttpMethod.Get, $"{contest.Path}/stages/{contest.Practical}/work-codes", contest.PracticalJudge)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await api.SendAsync(HttpMethod.Get, $"{contest.Path}/stages/{contest.Practical}/work-codes")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        BlindLeaks.NothingJoins(contest, answers, codes);
        answers.All.ShouldContain(a => a.Who == "hub");

        // Closed: the codes open (解密) with who and when, and the practical scores join the board at once, rightly.
        await api.Api.Post($"{contest.Path}/stages/{contest.Practical}/close", contest.Organizer);
        await Eventually.True(async () =>
            (await api.Api.Get(contest.Board))["rows"]!.AsArray().All(r => r!["stageScores"]!.AsObject().ContainsKey(contest.Practical)),
            "The practical scores did not join the board");
        foreach (var row in (await api.Api.Get(contest.Board))["rows"]!.AsArray())
        {
            var code = codes.Single(c => c.EntryId == (string)row!["entryId"]!);
            var practical = code == delta ? code.Points : code.Points - 2; // the recused judge gave 4 less, and none to Delta
            ((decimal)row!["stageScores"]![contest.Practical]!).ShouldBe(practical);
            ((decimal)row["total"]!).ShouldBe(Math.Round(15m + 0.7m * practical, 2));
        }
        var opened = (await FeedAsync(contest, new Answers(api.Http))).Split('\n').Select(l => JsonNode.Parse(l)!)
            .Single(e => (string)e["type"]! == "contest.work-codes-opened")["data"]!;
        ((string)opened["by"]!, (string)opened["stageId"]!).ShouldBe(("organizer", contest.Practical));
        opened["at"].ShouldNotBeNull();
        opened["codes"]!.AsArray().Select(c => ((string)c!["code"]!, (string)c["entryId"]!, (string)c["alias"]!))
            .ShouldBe(codes.Select(c => (c.WorkCode, c.EntryId, c.Alias)), ignoreOrder: true);

        // The codes re-check from the seed, now shown; the sealed feed never held it.
        var seed = (string)(await api.Api.Get($"{contest.Path}/stages/{contest.Practical}/work-codes", contest.Organizer))["seed"]!;
        WorkCodes.Draw(seed, Guid.Parse(contest.Practical), contest.Entries.Select(e => Guid.Parse(e.Id)))
            .Select(c => (c.Code, c.EntryId.ToString(), c.Alias.ToString()))
            .ShouldBe(codes.Select(c => (c.WorkCode, c.EntryId, c.Alias)), ignoreOrder: true);
        feed.ShouldNotContain(seed);
    }

    async Task MarkAsync(BlindContest contest, Answers answers, List<Code> codes, Code delta)
    {
        foreach (var code in codes)
        {
            (await JudgeSendAsync(answers, HttpMethod.Put, contest.Mark(contest.Practical, code.Alias, contest.PracticalCriterion),
                contest.PracticalJudge, new { points = code.Points })).Status.ShouldBe(HttpStatusCode.OK);
            (await JudgeSendAsync(answers, HttpMethod.Post, contest.Submit(contest.Practical, code.Alias), contest.PracticalJudge)).Status
                .ShouldBe(HttpStatusCode.NoContent);
            if (code == delta) continue;
            await JudgeSendAsync(answers, HttpMethod.Put, contest.Mark(contest.Practical, code.Alias, contest.PracticalCriterion),
                contest.RecusedJudge, new { points = code.Points - 4 });
            await JudgeSendAsync(answers, HttpMethod.Post, contest.Submit(contest.Practical, code.Alias), contest.RecusedJudge);
        }
        // The chief judge reopens a sheet by the alias too; by the entry's own id it is unknown.
        var reopened = codes.First(c => c != delta);
        (await JudgeSendAsync(answers, HttpMethod.Post, contest.Reopen(contest.Practical, reopened.EntryId, contest.RecusedJudgeId), contest.PracticalJudge,
            new { reason = "re-check" })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await JudgeSendAsync(answers, HttpMethod.Post, contest.Reopen(contest.Practical, reopened.Alias, contest.RecusedJudgeId), contest.PracticalJudge,
            new { reason = "re-check" })).Status.ShouldBe(HttpStatusCode.NoContent);
        (await JudgeSendAsync(answers, HttpMethod.Post, contest.Submit(contest.Practical, reopened.Alias), contest.RecusedJudge)).Status
            .ShouldBe(HttpStatusCode.NoContent);
        // The engine knows whose work Delta's is; the judge does not, and is recused all the same.
        (await JudgeSendAsync(answers, HttpMethod.Put, contest.Mark(contest.Practical, delta.Alias, contest.PracticalCriterion),
            contest.RecusedJudge, new { points = 1 })).Status.ShouldBe(HttpStatusCode.Forbidden);
        // A judge who names an entry by its own id is told what an unknown id is told.
        var real = await JudgeSendAsync(answers, HttpMethod.Put, contest.Mark(contest.Practical, codes[0].EntryId, contest.PracticalCriterion),
            contest.PracticalJudge, new { points = 1 });
        var unknown = await JudgeSendAsync(answers, HttpMethod.Put, contest.Mark(contest.Practical, Guid.NewGuid().ToString(), contest.PracticalCriterion),
            contest.PracticalJudge, new { points = 1 });
        (real.Status, unknown.Status).ShouldBe((HttpStatusCode.NotFound, HttpStatusCode.NotFound));
        JsonNode.Parse(real.Text)!["detail"]!.ToString().ShouldBe(JsonNode.Parse(unknown.Text)!["detail"]!.ToString());
        foreach (var (entryId, _) in contest.Entries)
        {
            (await answers.SendAsync("theory", HttpMethod.Put, contest.Mark(contest.Theory, entryId, contest.TheoryCriterion), contest.TheoryJudge,
                new { points = 50 })).Status.ShouldBe(HttpStatusCode.OK);
            await answers.SendAsync("theory", HttpMethod.Post, contest.Submit(contest.Theory, entryId), contest.TheoryJudge);
        }
    }

    static Task<(HttpStatusCode Status, string Text)> JudgeSendAsync(Answers answers, HttpMethod method, string url, string token, object? body = null) =>
        answers.SendAsync("judge", method, url, token, body);

    async Task<string> FeedAsync(BlindContest contest, Answers answers)
    {
        var (status, text) = await answers.SendAsync("feed", HttpMethod.Get, $"{contest.Path}/events", contest.Organizer);
        status.ShouldBe(HttpStatusCode.OK);
        return text.TrimEnd('\n');
    }
}
