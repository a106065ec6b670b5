using System.Diagnostics;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Competition.TestSupport;

namespace Competition.Store.Tests;

/// <summary>ProjectionProgress: how far the board has got, the log's head, a stream set's last write, and waiting
/// (read-your-writes) that gives up at its timeout rather than hanging.</summary>
public sealed class ProgressTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Waiting_for_a_sequence_the_board_has_not_reached_answers_false_at_the_timeout_and_true_once_it_has()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var mark = category.NewMark(3);
        var marked = await category.WriteMarkAsync(store, mark);
        var shard = LeaderboardProjection.ShardName;
        var ct = CancellationToken.None;

        await using var session = store.QuerySession();
        (await ProjectionProgress.HeadAsync(session, ct)).ShouldBe(marked);
        (await ProjectionProgress.LastSequenceOfAsync(session, [category.ContestId], ct)).ShouldBe(category.SetUp.Length, "the contest stream is written first");
        (await ProjectionProgress.LastSequenceOfAsync(session, [category.ContestId, mark.SheetId, Guid.NewGuid()], ct)).ShouldBe(marked);
        (await ProjectionProgress.LastSequenceOfAsync(session, [Guid.NewGuid()], ct)).ShouldBe(0);
        (await ProjectionProgress.LastSequenceOfAsync(session, [], ct)).ShouldBe(0);
        (await ProjectionProgress.ReachedAsync(session, shard, ct)).ShouldBe(0);
        (await ProjectionProgress.WaitForAsync(session, shard, 0, TimeSpan.Zero, ct)).ShouldBeTrue("nothing to wait for");

        var clock = Stopwatch.StartNew();
        (await ProjectionProgress.WaitForAsync(session, shard, marked, TimeSpan.FromMilliseconds(300), ct)).ShouldBeFalse("no daemon runs the board");
        clock.Elapsed.ShouldBeInRange(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(3));

        await using var daemon = await RunningDaemon.StartAsync(store);
        (await ProjectionProgress.WaitForAsync(session, shard, marked, TimeSpan.FromSeconds(10), ct)).ShouldBeTrue();
        (await ProjectionProgress.ReachedAsync(session, shard, ct)).ShouldBe(marked);
    }
}
