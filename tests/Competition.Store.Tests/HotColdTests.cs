using System.Diagnostics;
using Competition.TestSupport;
using Marten;
using Microsoft.Extensions.Hosting;

namespace Competition.Store.Tests;

/// <summary>The API's daemon mode: every node hosts a daemon, one at a time runs the board (Marten's advisory lock),
/// and another takes it over when that node goes.</summary>
public sealed class HotColdTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Exactly_one_of_two_nodes_runs_the_board_and_the_other_takes_it_over_when_that_node_stops()
    {
        var schema = TestStores.NewSchema();
        using var first = TestHosts.Node(db.ConnectionString, schema);
        await first.StartAsync();
        using var second = TestHosts.Node(db.ConnectionString, schema);
        await second.StartAsync();
        var store = first.Store();
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        for (var i = 0; i < 20; i++) await category.WriteNewMarkAsync(store, i);
        await store.WaitForBoardAtHeadAsync(Patience);

        var running = new[] { first, second }.Where(n => n.Daemon().IsRunning).ToList();
        running.Count.ShouldBe(1);
        var (leader, other) = running[0] == first ? (first, second) : (second, first);

        await leader.StopAsync();
        var clock = Stopwatch.StartNew();
        var otherStore = other.Store();
        await otherStore.WaitForBoardAsync(await category.WriteNewMarkAsync(otherStore, 99), Patience);
        output.WriteLine($"The other node ran the board {clock.Elapsed.TotalMilliseconds:F0} ms after the leader stopped " +
                         $"(LeadershipPollingTime {((DocumentStore)otherStore).Options.Projections.LeadershipPollingTime} ms).");
        other.Daemon().IsRunning.ShouldBeTrue();
        await category.EveryCommittedMarkIsOnTheBoardAsync(otherStore);
        await other.StopAsync();
    }
}
