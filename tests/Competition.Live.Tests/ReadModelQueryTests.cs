using System.Text.Json;
using Competition.Projections.Contests;
using Competition.Projections.Judging;
using Competition.Projections.Leaderboards;
using Competition.Projections.Plumbing;

namespace Competition.Live.Tests;

public sealed class ReadModelQueryTests(ProjectionHostFixture host) : IClassFixture<ProjectionHostFixture>
{
    [Fact]
    public async Task Judge_sees_each_stage_of_their_panel_times_drawn_entries_they_are_not_recused_from_by_bib_only()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkAsync(c.J1, c.E2, c.Theory, c.T, 80);
        await c.SubmitAsync(c.J1, c.E2, c.Theory);

        var me = (await host.Db.JudgeByTokenHashAsync(c.J1TokenHash, default)).ShouldNotBeNull();
        (me.JudgeId, me.ContestId, me.Name, me.Chief).ShouldBe((c.J1, c.Contest, "Judge One", true));
        me.Assignments.Select(a => (a.StageId, a.Bib)).ShouldBe(
            [(c.Theory, 2), (c.Theory, 3), (c.Theory, 4), (c.Practical, 2), (c.Practical, 3), (c.Practical, 4)]);
        var sheet = me.Assignments[0].Sheet;
        (sheet.Status, sheet.Version).ShouldBe(("submitted", 2L));
        sheet.Marks.ShouldBe(new Dictionary<Guid, decimal> { [c.T] = 80 });
        (me.Assignments[1].Sheet.Status, me.Assignments[1].Sheet.Version, me.Assignments[1].Sheet.Marks.Count).ShouldBe(("open", 0L, 0));
        me.Assignments[3].Criteria.Select(x => x.Kind.ToString()).ShouldBe(["Judgement", "Deduction"]);
        JsonSerializer.Serialize(me, ReadModelJson.Options).ShouldNotContain("Entrant");
    }

    [Fact]
    public async Task Unknown_token_hash_is_no_judge() =>
        (await host.Db.JudgeByTokenHashAsync("no-such-hash", default)).ShouldBeNull();

    [Fact]
    public async Task Contest_view_shows_the_set_up_and_stage_status_but_no_token_hashes()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await host.AppendAsync(c.Contest, new Domain.Contests.StageClosed(c.Contest, c.Category, c.Theory, DateTimeOffset.UtcNow));

        var view = (await host.Db.ContestAsync(c.Contest, default)).ShouldNotBeNull();
        (view.Name, view.Locale, view.Status, view.RegistrationOpen).ShouldBe(("Provincial skills contest", "zh-CN", "running", true));
        var category = view.Categories.Single();
        category.Stages.Select(s => (s.Name, s.Weight, s.Status, s.MaxPoints)).ShouldBe([("Theory", 30m, "closed", 100m), ("Practical", 70m, "open", 50m)]);
        category.AwardPolicy.ShouldNotBeNull().MinimumScore.ShouldBe(60);
        category.Entries.Select(e => e.Bib).ShouldBe([1, 2, 3, 4]);
        view.Judges.Select(j => j.Name).ShouldBe(["Judge One", "Judge Two", "Judge Three"]);
        var json = JsonSerializer.Serialize(view, ReadModelJson.Options);
        json.ShouldNotContain("hash");
        json.ShouldContain("\"rule\":\"mean\"");
    }

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

        await host.Daemon.RebuildAsync("leaderboards");
        await host.Daemon.RebuildAsync("contests");

        (await SnapshotAsync(c)).ShouldBe(live);
    }

    async Task<string> SnapshotAsync(ElectricianContest c) => JsonSerializer.Serialize(new object?[]
    {
        await host.Db.LeaderboardAsync(c.Contest, c.Category, default),
        await host.Db.AwardsAsync(c.Contest, c.Category, default),
        await host.Db.ContestAsync(c.Contest, default),
        await host.Db.JudgeByTokenHashAsync(c.J1TokenHash, default),
    }, ReadModelJson.Options);
}
