using Competition.Projections.Leaderboards;
using Competition.TestSupport;
using JasperFx.Events.Daemon;
using Marten;

namespace Competition.Store.Tests;

/// <summary>Error skipping is off: an event the board cannot read stops the board where it is (and the health check
/// says so) rather than being skipped, with the board silently wrong from then on.</summary>
public sealed class FaultTests(PostgresDatabaseFixture db, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task An_event_the_board_cannot_read_stops_the_board_instead_of_being_skipped()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await using var daemon = await RunningDaemon.StartAsync(store);
        var setUp = await category.WriteSetUpAsync(store);
        await daemon.WaitForAsync(setUp, TimeSpan.FromSeconds(10));

        var stopped = daemon.Daemon.Tracker.WaitForShardCondition(
            s => s.ShardName == LeaderboardProjection.ShardName && s.Action is ShardAction.Paused or ShardAction.Stopped,
            "the board stopped", TimeSpan.FromSeconds(15));
        // An event under a wire name this build does not know, as a newer node could have written.
        var s = store.Schema();
        var stranger = Guid.NewGuid();
        var unknown = await TestStores.ScalarAsync(db.ConnectionString, $$"""
            INSERT INTO {{s}}.mt_streams (id, type, version) VALUES ('{{stranger}}', 'sheet_state', 1);
            INSERT INTO {{s}}.mt_events (seq_id, id, stream_id, version, data, type, mt_dotnet_type)
            VALUES (nextval('{{s}}.mt_events_sequence'), gen_random_uuid(), '{{stranger}}', 1, '{"sheetId":"{{stranger}}"}', 'sheet.from-the-future',
                    'Competition.Domain.Sheets.MarkFromTheFuture, Competition.Domain')
            RETURNING seq_id
            """);
        var mark = category.NewMark(5);
        (await category.WriteMarkAsync(store, mark)).ShouldBeGreaterThan(unknown);

        var state = await stopped;
        output.WriteLine($"{state.ShardName}: {state.Action} at {state.Sequence}: {state.Exception?.InnerException?.GetType().Name ?? state.Exception?.GetType().Name}");
        (await daemon.ReachedAsync()).ShouldBe(setUp);
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {s}.mt_doc_deadletterevent")).ShouldBe(0);
        (await category.BoardTotalsAsync(store))[mark.EntryId].ShouldBe(0m, "the mark after the unreadable event is not on the board");
    }
}
