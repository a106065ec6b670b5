using System.Text.Json;
using Competition.Projections.Contests;
using Competition.Projections.Judging;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;

namespace Competition.Live.Tests;

public sealed class ReadModelQueryTests(MartenHostFixture host) : IClassFixture<MartenHostFixture>
{
    /// <summary>The API's web defaults (camelCase, enums as their camelCase names): the JSON a client is answered.</summary>
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    Task<JudgeMe?> JudgeAsync(string tokenHash) => host.ReadAsync(s => s.JudgeByTokenHashAsync(tokenHash, default));

    [Fact]
    public async Task Judge_sees_each_stage_of_their_panel_times_drawn_entries_they_are_not_recused_from_by_bib_only()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkAsync(c.J1, c.E2, c.Theory, c.T, 80);
        await c.SubmitAsync(c.J1, c.E2, c.Theory);

        var me = (await JudgeAsync(c.J1TokenHash)).ShouldNotBeNull();
        (me.JudgeId, me.ContestId, me.Name, me.Chief).ShouldBe((c.J1, c.Contest, "Judge One", true));
        me.StageAssignments.Select(a => (a.StageId, a.Bib)).ShouldBe(
            [(c.Theory, 2), (c.Theory, 3), (c.Theory, 4), (c.Practical, 2), (c.Practical, 3), (c.Practical, 4)]);
        var sheet = me.StageAssignments[0].Sheet;
        (sheet.Status, sheet.Version).ShouldBe(("submitted", 2L));
        sheet.Marks.ShouldBe(new Dictionary<Guid, decimal> { [c.T] = 80 });
        (me.StageAssignments[1].Sheet.Status, me.StageAssignments[1].Sheet.Version, me.StageAssignments[1].Sheet.Marks.Count).ShouldBe(("open", 0L, 0));
        me.StageAssignments[3].Criteria.Select(x => x.Kind.ToString()).ShouldBe(["Judgement", "Deduction"]);
        JsonSerializer.Serialize(me, Json).ShouldNotContain("Entrant");
    }

    [Fact]
    public async Task Unknown_token_hash_is_no_judge() =>
        (await JudgeAsync("no-such-hash")).ShouldBeNull();

    [Fact]
    public async Task Contest_view_shows_the_set_up_and_stage_status_but_no_token_hashes()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await host.AppendAsync(CompetitionStore.StreamTypes.Contest, c.Contest,
            new Domain.Contests.StageClosed(c.Contest, c.Category, c.Theory, DateTimeOffset.UtcNow));

        var view = (await host.ReadAsync(s => s.ContestAsync(c.Contest, default))).ShouldNotBeNull();
        (view.Name, view.Locale, view.Status, view.RegistrationOpen).ShouldBe(("Provincial skills contest", "zh-CN", "running", true));
        var category = view.Categories.Single();
        category.Stages.Select(s => (s.Name, s.Weight, s.Status, s.MaxPoints)).ShouldBe([("Theory", 30m, "closed", 100m), ("Practical", 70m, "open", 50m)]);
        category.AwardPolicy.ShouldNotBeNull().MinimumScore.ShouldBe(60);
        category.Entries.Select(e => e.Bib).ShouldBe([1, 2, 3, 4]);
        view.Judges.Select(j => j.Name).ShouldBe(["Judge One", "Judge Two", "Judge Three"]);
        var json = JsonSerializer.Serialize(view, Json);
        json.ShouldNotContain("hash");
        json.ShouldContain("\"rule\":\"mean\"");
    }

    /// <summary>The daemon rebuilds the boards' projection from sequence 0. The contest, entry and token views are
    /// inline (written in the transaction of their own events), so no daemon rebuilds them: they are read before and
    /// after too, and must not change.</summary>
    [Fact]
    public async Task Rebuild_gives_the_same_boards_views_and_assignments_as_the_live_projection()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();
        await c.SubmitAsync(c.J2, c.E3, c.Practical);
        await c.DisqualifyAsync(c.E4);
        await c.CloseStagesAsync();
        await c.AwardsAsync(c.Proposed(ElectricianContest.Award(c.E1, "Gold", 1, 93m)), c.Notice());
        var live = await SnapshotAsync(c);

        await host.RebuildBoardsAsync();

        (await SnapshotAsync(c)).ShouldBe(live);
        // And the daemon goes on from where the rebuild ended.
        var next = await c.MarkAsync(c.J2, c.E2, c.Theory, c.T, 70);
        (await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, c.Category, default))).ShouldNotBeNull().Sequence.ShouldBe(next);
    }

    async Task<string> SnapshotAsync(ElectricianContest c) => JsonSerializer.Serialize(new object?[]
    {
        await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, c.Category, default)),
        await host.ReadAsync(s => s.AwardsAsync(c.Contest, c.Category, default)),
        await host.ReadAsync(s => s.ContestAsync(c.Contest, default)),
        await JudgeAsync(c.J1TokenHash),
    }, Json);
}
