using Competition.Projections.Leaderboards;
using Competition.Projections.Store;

namespace Competition.Live.Tests;

public sealed class LeaderboardProjectionTests(MartenHostFixture host) : IClassFixture<MartenHostFixture>
{
    async Task<(ElectricianContest Contest, LeaderboardView Board)> MarkedFieldAsync()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();
        return (c, await BoardAsync(c));
    }

    async Task<LeaderboardView> BoardAsync(ElectricianContest c) =>
        (await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, c.Category, default))).ShouldNotBeNull();

    [Fact]
    public async Task Board_ranks_by_total_and_equal_totals_share_a_rank_with_the_next_skipped()
    {
        var (c, board) = await MarkedFieldAsync();

        board.Status.ShouldBe("provisional");
        board.Rows.Select(r => (r.Rank, r.Total)).ShouldBe([(1, 93m), (2, 84.3m), (2, 84.3m), (4, 3m)]);
        board.Rows[0].EntryId.ShouldBe(c.E1);
        board.Rows.Skip(1).Take(2).Select(r => r.EntryId).ShouldBe(new[] { c.E2, c.E3 }, ignoreOrder: true);
        var e2 = board.Rows.Single(r => r.EntryId == c.E2);
        e2.StageScores[c.Theory].ShouldBe(85m);
        e2.StageScores[c.Practical].ShouldBe(42m); // mean of 40, 45, 50 less the mean deduction 3
        (e2.Bib, e2.Name, e2.Organization).ShouldBe((2, "Entrant 2", "Delta"));
        e2.Award.ShouldBeNull();
    }

    [Fact]
    public async Task Board_sequence_rises_with_every_mark()
    {
        var (c, before) = await MarkedFieldAsync();
        var sequence = await c.MarkAsync(c.J2, c.E4, c.Theory, c.T, 20);

        var after = await BoardAsync(c);
        after.Sequence.ShouldBe(sequence);
        after.Sequence.ShouldBeGreaterThan(before.Sequence);
        after.Rows.Single(r => r.EntryId == c.E4).Total.ShouldBe(4.5m); // 30 × mean(10, 20) / 100
    }

    [Fact]
    public async Task Judges_total_counts_panel_judges_not_recused_and_done_counts_their_submitted_sheets()
    {
        var (c, board) = await MarkedFieldAsync();
        // E1 is Alpha's, like J1: Theory J2 only, Practical J2 and J3.
        board.Rows.Single(r => r.EntryId == c.E1).JudgesTotal.ShouldBe(3);
        board.Rows.Single(r => r.EntryId == c.E2).JudgesTotal.ShouldBe(5);

        await c.SubmitAsync(c.J2, c.E1, c.Theory);
        await c.SubmitAsync(c.J3, c.E1, c.Practical);
        await c.SubmitAsync(c.J1, c.E1, c.Practical); // J1 is recused from E1: never counted
        var after = await BoardAsync(c);
        after.Rows.Single(r => r.EntryId == c.E1).JudgesDone.ShouldBe(2);
        after.Rows.Single(r => r.EntryId == c.E2).JudgesDone.ShouldBe(0);
    }

    [Fact]
    public async Task Reopened_sheet_is_no_longer_done()
    {
        var (c, _) = await MarkedFieldAsync();
        await c.SubmitAsync(c.J3, c.E2, c.Practical);
        (await BoardAsync(c)).Rows.Single(r => r.EntryId == c.E2).JudgesDone.ShouldBe(1);

        await host.AppendAsync(CompetitionStore.StreamTypes.Sheet, Domain.StreamIds.Sheet(c.J3, c.E2, c.Practical), new Domain.Sheets.SheetReopened(
            Domain.StreamIds.Sheet(c.J3, c.E2, c.Practical), c.Contest, c.Category, c.Practical, c.E2, c.J3, "Recount", c.J1, DateTimeOffset.UtcNow));
        (await BoardAsync(c)).Rows.Single(r => r.EntryId == c.E2).JudgesDone.ShouldBe(0);
    }

    [Fact]
    public async Task Disqualified_entry_leaves_the_board_and_the_others_move_up()
    {
        var (c, _) = await MarkedFieldAsync();
        await c.DisqualifyAsync(c.E1);

        var board = await BoardAsync(c);
        board.Rows.ShouldNotContain(r => r.EntryId == c.E1);
        board.Rows.Select(r => r.Rank).ShouldBe([1, 1, 3]);
    }

    [Fact]
    public async Task Board_is_final_once_every_stage_is_closed()
    {
        var (c, board) = await MarkedFieldAsync();
        board.Status.ShouldBe("provisional");
        await host.AppendAsync(CompetitionStore.StreamTypes.Contest, c.Contest, new Domain.Contests.StageClosed(c.Contest, c.Category, c.Theory, DateTimeOffset.UtcNow));
        (await BoardAsync(c)).Status.ShouldBe("provisional");

        await c.CloseStagesAsync();
        (await BoardAsync(c)).Status.ShouldBe("final");
    }

    [Fact]
    public async Task Unknown_category_has_no_board()
    {
        var (c, _) = await MarkedFieldAsync();
        (await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, Guid.NewGuid(), default))).ShouldBeNull();
        (await host.ReadAsync(s => s.LeaderboardAsync(Guid.NewGuid(), c.Category, default))).ShouldBeNull();
    }
}
