using Competition.Domain.Awards;
using Competition.Projections.Leaderboards;
using static Competition.Live.Tests.ElectricianContest;

namespace Competition.Live.Tests;

public sealed class AwardsProjectionTests(MartenHostFixture host) : IClassFixture<MartenHostFixture>
{
    async Task<ElectricianContest> ClosedFieldAsync()
    {
        var c = new ElectricianContest(host);
        await c.SetUpAsync();
        await c.MarkStandardFieldAsync();
        await c.CloseStagesAsync();
        return c;
    }

    async Task<AwardsView> AwardsAsync(ElectricianContest c) => (await host.ReadAsync(s => s.AwardsAsync(c.Contest, c.Category, default))).ShouldNotBeNull();
    async Task<LeaderboardView> BoardAsync(ElectricianContest c) => (await host.ReadAsync(s => s.LeaderboardAsync(c.Contest, c.Category, default))).ShouldNotBeNull();

    [Fact]
    public async Task Awards_view_follows_proposal_notice_and_appeals()
    {
        var c = await ClosedFieldAsync();
        (await AwardsAsync(c)).Status.ShouldBe("none");

        await c.AwardsAsync(c.Proposed(Award(c.E1, "Gold", 1, 93m), Award(c.E2, "Silver", 2, 84.3m), Award(c.E3, "Silver", 2, 84.3m)));
        var proposed = await AwardsAsync(c);
        proposed.Status.ShouldBe("proposed");
        proposed.Awards.Select(a => (a.EntryId, a.Tier, a.Rank, a.Total)).ShouldBe(
            [(c.E1, "Gold", 1, 93m), (c.E2, "Silver", 2, 84.3m), (c.E3, "Silver", 2, 84.3m)]);

        var appeal = Guid.NewGuid();
        await c.AwardsAsync(c.Notice(), c.Appeal(appeal, c.E4));
        var notice = await AwardsAsync(c);
        notice.Status.ShouldBe("notice");
        notice.NoticeEndsAt.ShouldNotBeNull();
        notice.Appeals.Single().ShouldBe(new AppealLine(appeal, c.E4, "Recount", "open", null, null));

        await c.AwardsAsync(c.Resolved(appeal, upheld: false));
        (await AwardsAsync(c)).Appeals.Single().ShouldBe(new AppealLine(appeal, c.E4, "Recount", "resolved", false, "Checked"));
        (await BoardAsync(c)).Rows.ShouldAllBe(r => r.Award == null); // not confirmed yet
    }

    [Fact]
    public async Task Confirmed_awards_show_on_the_rows_and_a_revoked_one_leaves()
    {
        var c = await ClosedFieldAsync();
        ProposedAward[] awards = [Award(c.E1, "Gold", 1, 93m), Award(c.E2, "Silver", 2, 84.3m), Award(c.E3, "Silver", 2, 84.3m)];
        await c.AwardsAsync(c.Proposed(awards), c.Notice());
        var before = await BoardAsync(c);
        await c.AwardsAsync(c.Confirmed(awards));

        var board = await BoardAsync(c);
        board.Sequence.ShouldBeGreaterThan(before.Sequence);
        board.Rows.Select(r => (r.EntryId, r.Award)).ShouldBe([(c.E1, "Gold"), (c.E2, "Silver"), (c.E3, "Silver"), (c.E4, null)], ignoreOrder: true);
        (await AwardsAsync(c)).Status.ShouldBe("confirmed");

        await c.AwardsAsync(c.Revoked(c.E3));
        (await BoardAsync(c)).Rows.Single(r => r.EntryId == c.E3).Award.ShouldBeNull();
        var view = await AwardsAsync(c);
        view.Awards.Select(a => a.EntryId).ShouldBe([c.E1, c.E2]);
        view.Revoked.Single().ShouldBe(new RevokedAward(c.E3, "Silver", "Doping"));
    }

    [Fact]
    public async Task Upheld_appeal_withdraws_the_proposal()
    {
        var c = await ClosedFieldAsync();
        var appeal = Guid.NewGuid();
        await c.AwardsAsync(c.Proposed(Award(c.E1, "Gold", 1, 93m)), c.Notice(), c.Appeal(appeal, c.E2), c.Resolved(appeal, upheld: true),
            new Domain.Awards.ProposalWithdrawn(Domain.StreamIds.Awards(c.Category), c.Contest, c.Category, appeal, DateTimeOffset.UtcNow));

        var view = await AwardsAsync(c);
        view.Status.ShouldBe("none");
        view.Awards.ShouldBeEmpty();
        view.Appeals.Single().Upheld.ShouldBe(true);
    }
}
