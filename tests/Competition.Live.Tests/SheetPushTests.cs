using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Competition.TestHost;
using Competition.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Xunit.Abstractions;

namespace Competition.Live.Tests;

/// <summary>A reopened sheet is pushed at once to its own judge's tablet, on whichever node the tablet is connected to
/// (the reopen is announced by pg_notify on commit), to no other judge, and on a blind stage under the alias only.</summary>
public sealed class SheetPushTests(LiveApiFixture api, ITestOutputHelper output) : IClassFixture<LiveApiFixture>
{
    static readonly TimeSpan Soon = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_judge_on_another_node_is_told_of_its_own_reopened_sheet_at_once_and_never_of_another_judges()
    {
        await using var nodeB = new ApiHost(api.ConnectionString, LiveApiFixture.AdminKey, kestrel: true);
        var b = nodeB.StartOnKestrel();
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 1, judges: 2, criteria: 1);
        var c = $"/api/contests/{contest.ContestId}";
        var chief = await api.Http.ApiSendAsync(HttpMethod.Post, $"{c}/judges", contest.OrganizerToken,
            new { name = "裁判长 Chief", organization = "Referee board", categoryIds = new[] { contest.CategoryId }, chief = true }, expected: HttpStatusCode.Created);
        var (entry, first, second) = (contest.Entries[0], contest.Judges[0], contest.Judges[1]);
        foreach (var judge in contest.Judges)
        {
            await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(entry, contest.Criteria[0]), judge.Token, new { points = 50 });
            await api.Http.ApiPostAsync(contest.SubmitUrl(entry), judge.Token);
        }
        await using var firstTablet = await SheetWatcher.StartAsync(b, first.Token);
        await using var secondTablet = await SheetWatcher.StartAsync(b, second.Token);

        var reopenedAt = Stopwatch.GetTimestamp();
        await api.Http.ApiPostAsync($"{c}/stages/{contest.StageId}/entries/{entry}/sheets/{first.Id}/reopen", (string)chief.Body!["token"]!,
            new { reason = "第1项漏评 a row was skipped" });
        var pushed = await firstTablet.NextAsync(Soon);
        output.WriteLine($"reopen on node A → sheetReopened at the judge's client on node B: {Stopwatch.GetElapsedTime(reopenedAt).TotalMilliseconds:F0} ms");
        pushed.GetProperty("reason").GetString().ShouldBe("第1项漏评 a row was skipped");
        (pushed.GetProperty("contestId").GetGuid(), pushed.GetProperty("stageId").GetGuid(), pushed.GetProperty("entryId").GetGuid())
            .ShouldBe((contest.ContestId, contest.StageId, entry));
        (pushed.GetProperty("by").GetString(), pushed.GetProperty("byOrganizer").GetBoolean()).ShouldBe(("裁判长 Chief", false));

        await api.Http.ApiPostAsync($"{c}/stages/{contest.StageId}/entries/{entry}/sheets/{second.Id}/reopen", contest.OrganizerToken,
            new { reason = "second judge's own" });
        var own = await secondTablet.NextAsync(Soon);
        own.GetProperty("reason").GetString().ShouldBe("second judge's own"); // the first judge's reopen never reached it
        own.GetProperty("byOrganizer").GetBoolean().ShouldBeTrue();
        await Task.Delay(500);
        (firstTablet.Waiting, secondTablet.Waiting).ShouldBe((0, 0));
    }

    [Fact]
    public async Task A_reopen_after_the_listener_lost_its_connection_and_came_back_is_still_pushed()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 1, judges: 1, criteria: 1);
        var (entry, judge) = (contest.Entries[0], contest.Judges[0]);
        await api.Http.ApiSendAsync(HttpMethod.Put, contest.MarkUrl(entry, contest.Criteria[0]), judge.Token, new { points = 50 });
        await api.Http.ApiPostAsync(contest.SubmitUrl(entry), judge.Token);
        await using var tablet = await SheetWatcher.StartAsync(api.BaseAddress, judge.Token);

        await using var db = Npgsql.NpgsqlDataSource.Create(api.ConnectionString);
        const string Publisher = "application_name = 'board-publisher' AND datname = current_database()";
        var killed = new List<int>();
        await using (var find = await db.CreateCommand($"SELECT pid FROM pg_stat_activity WHERE {Publisher}").ExecuteReaderAsync())
            while (await find.ReadAsync()) killed.Add(find.GetInt32(0));
        killed.Count.ShouldBeGreaterThanOrEqualTo(1);
        foreach (var pid in killed) await db.CreateCommand($"SELECT pg_terminate_backend({pid})").ExecuteScalarAsync();
        // Back once its new session has run the LISTENs (a reopen before that would be lost, and left to the tablet's poll);
        // the killed session may still show a moment in pg_stat_activity, idle after the same LISTEN, so it is left out.
        var until = DateTime.UtcNow.AddSeconds(15);
        while ((long)(await db.CreateCommand(
                   $"SELECT count(*) FROM pg_stat_activity WHERE {Publisher} AND pid <> ALL(ARRAY[{string.Join(",", killed)}]::int[]) " +
                   "AND state = 'idle' AND query LIKE '%LISTEN competition_sheets%'").ExecuteScalarAsync())! == 0)
        {
            (DateTime.UtcNow < until).ShouldBeTrue("the publisher did not LISTEN again within 15 s");
            await Task.Delay(50);
        }

        await api.Http.ApiPostAsync($"/api/contests/{contest.ContestId}/stages/{contest.StageId}/entries/{entry}/sheets/{judge.Id}/reopen",
            contest.OrganizerToken, new { reason = "after the reconnect" });
        (await tablet.NextAsync(Soon)).GetProperty("reason").GetString().ShouldBe("after the reconnect");
    }

    [Fact]
    public async Task A_token_that_is_not_a_judges_current_one_cannot_watch_sheets()
    {
        var contest = await MarkingContest.SetUpAsync(api.Http, LiveApiFixture.AdminKey, entries: 1, judges: 1, criteria: 1);
        foreach (var token in new[] { "not-a-token", contest.OrganizerToken, LiveApiFixture.AdminKey })
            await Should.ThrowAsync<HubException>(() => SheetWatcher.StartAsync(api.BaseAddress, token));
        await api.Http.ApiPostAsync($"/api/contests/{contest.ContestId}/judges/{contest.Judges[0].Id}/token/revoke", contest.OrganizerToken);
        await Should.ThrowAsync<HubException>(() => SheetWatcher.StartAsync(api.BaseAddress, contest.Judges[0].Token));
    }

    [Fact]
    public async Task On_a_blind_stage_the_push_names_the_work_by_its_alias_never_by_the_entrys_id_or_bib()
    {
        var blind = await BlindStage.SetUpAsync(api.Http);
        var me = (await api.Http.ApiGetAsync("/api/judge/me", blind.JudgeToken)).Body!["assignments"]![0]!;
        var alias = (Guid)me["entryId"]!;
        alias.ShouldNotBe(blind.EntryId);
        var sheet = $"{blind.Path}/stages/{blind.StageId}/entries/{alias}";
        await api.Http.ApiSendAsync(HttpMethod.Put, $"{sheet}/marks/{blind.CriterionId}", blind.JudgeToken, new { points = 80 });
        await api.Http.ApiPostAsync($"{sheet}/sheet/submit", blind.JudgeToken);
        await using var tablet = await SheetWatcher.StartAsync(api.BaseAddress, blind.JudgeToken);

        // The organizer names the entry by its own id; the judge hears of it by the alias it marks under.
        await api.Http.ApiPostAsync($"{blind.Path}/stages/{blind.StageId}/entries/{blind.EntryId}/sheets/{blind.JudgeId}/reopen", blind.OrganizerToken,
            new { reason = "recheck the seam" });
        var pushed = await tablet.NextAsync(Soon);
        pushed.GetProperty("entryId").GetGuid().ShouldBe(alias);
        var text = pushed.GetRawText();
        text.ShouldNotContain(blind.EntryId.ToString());
        text.ShouldNotContain("bib", Case.Insensitive);
        text.ShouldNotContain("Worker");
    }

    /// <summary>One blind stage (weight 100, one criterion out of 100), one entry, one judge; drawn and open.</summary>
    sealed record BlindStage(string Path, string OrganizerToken, Guid StageId, Guid CriterionId, Guid EntryId, Guid JudgeId, string JudgeToken)
    {
        public static async Task<BlindStage> SetUpAsync(HttpClient http)
        {
            var created = await http.ApiSendAsync(HttpMethod.Post, "/api/contests", LiveApiFixture.AdminKey,
                new { name = "Blind final", kind = "skills" }, expected: HttpStatusCode.Created);
            var (path, org) = ($"/api/contests/{created.Body!["id"]}", (string)created.Body["organizerToken"]!);
            async Task<JsonElement> Post(string url, object? body = null) =>
                JsonDocument.Parse((await http.ApiPostAsync(path + url, org, body)).Text is { Length: > 0 } t ? t : "null").RootElement;
            var category = (await Post("/categories", new { name = "Welder", entryType = "individual" })).GetProperty("id").GetGuid();
            var stage = (await Post($"/categories/{category}/stages", new { name = "Seam", weight = 100, aggregation = new { rule = "mean" }, blind = true }))
                .GetProperty("id").GetGuid();
            var criterion = (await Post($"/stages/{stage}/criteria", new { name = "Seam quality", maxPoints = 100, kind = "judgement" })).GetProperty("id").GetGuid();
            var judge = await Post("/judges", new { name = "Seam judge", organization = "Judges' union", categoryIds = new[] { category } });
            await Post("/registration/open");
            var entry = (await Post("/entries", new { categoryId = category, name = "Worker One", organization = "Plant 1" })).GetProperty("id").GetGuid();
            await Post($"/entries/{entry}/approve");
            await Post("/registration/close");
            await Post($"/categories/{category}/draw", new { seed = 11 });
            await Post($"/stages/{stage}/open");
            return new(path, org, stage, criterion, entry, judge.GetProperty("id").GetGuid(), judge.GetProperty("token").GetString()!);
        }
    }
}
