using Competition.Projections.Leaderboards;
using Competition.Projections.Live;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Store.Tests;

/// <summary>The board projection announces each new board with pg_notify inside its own transaction: a listener
/// hears of a board only once it is committed, so the board it reads is at least the one announced.</summary>
public sealed class AnnouncementTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_board_is_announced_only_once_it_can_be_read()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await using var listener = new NpgsqlConnection(db.ConnectionString);
        await listener.OpenAsync();
        var heard = new List<BoardNotification>();
        listener.Notification += (_, e) => { if (BoardNotification.TryParse(e.Payload, out var n)) heard.Add(n); };
        await using (var listen = new NpgsqlCommand($"LISTEN {BoardNotification.Channel}", listener)) await listen.ExecuteNonQueryAsync();

        await using var daemon = await RunningDaemon.StartAsync(store);
        await category.WriteSetUpAsync(store);
        var writing = Task.Run(async () =>
        {
            var last = 0L;
            // One mark at a time, each on the board before the next: a page, a board and an announcement each.
            for (var i = 0; i < 10; i++) await daemon.WaitForAsync(last = await category.WriteNewMarkAsync(store, i), TimeSpan.FromSeconds(10));
            return last;
        });

        var (checkedBoards, newest) = (0, 0L);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!writing.IsCompleted || newest < await writing)
        {
            await listener.WaitAsync(TimeSpan.FromMilliseconds(200), timeout.Token);
            foreach (var announced in heard.ToList())
            {
                heard.Remove(announced);
                announced.ContestId.ShouldBe(category.ContestId);
                if (announced.Kind != BoardKind.Leaderboard) continue;
                // Read at once, on another connection: the announced board must already be there.
                await using var session = store.QuerySession();
                var board = await session.LeaderboardAsync(announced.ContestId, announced.CategoryId, default);
                board.ShouldNotBeNull();
                board.Sequence.ShouldBeGreaterThanOrEqualTo(announced.Sequence);
                (checkedBoards, newest) = (checkedBoards + 1, Math.Max(newest, announced.Sequence));
            }
        }
        checkedBoards.ShouldBeGreaterThanOrEqualTo(10);
    }
}
