using Competition.Domain.Sheets;
using Competition.Projections.Store;
using Competition.TestSupport;
using Marten;

namespace Competition.Store.Tests;

public sealed class ConcurrencyTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Concurrent_appenders_to_one_stream_exactly_one_wins_each_version_and_none_is_lost()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var category = new MarkingCategory();
        var mark = category.NewMark(1);
        await category.WriteMarkAsync(store, mark);

        // Every round, 8 writers decide on the same version; exactly one of them may land, the others are told why.
        var winners = new List<decimal>();
        for (var round = 1; round <= 5; round++)
        {
            var version = round;
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                var points = version * 10 + i;
                try
                {
                    await store.WriteAsync(mark.SheetId, CompetitionStore.StreamTypes.Sheet, version, category.Correction(mark, points));
                    return (Points: points, Error: (Exception?)null);
                }
                catch (Exception e) { return (Points: points, Error: e); }
            })));
            outcomes.Count(o => o.Error is null).ShouldBe(1, $"round {round}");
            outcomes.Where(o => o.Error is not null).ShouldAllBe(o => StreamVersionAssertion.IsConflict(o.Error!));
            winners.Add(outcomes.Single(o => o.Error is null).Points);
        }

        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(mark.SheetId);
        events.Select(e => e.Version).ShouldBe([1L, 2L, 3L, 4L, 5L, 6L]);
        events.Skip(1).Select(e => ((MarkCorrected)e.Data).Points).ShouldBe(winners);
    }

    [Fact]
    public async Task Many_streams_appended_concurrently_lose_no_event_and_take_no_number_twice()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var category = new MarkingCategory();
        const int writers = 16, appends = 25;
        var firsts = Enumerable.Range(0, writers).Select(_ => category.NewMark(0)).ToList();
        await Task.WhenAll(firsts.Select(first => Task.Run(async () =>
        {
            await category.WriteMarkAsync(store, first);
            for (var version = 1; version < appends; version++)
                await store.WriteAsync(first.SheetId, CompetitionStore.StreamTypes.Sheet, version, category.Correction(first, version));
        })));

        await using var session = store.QuerySession();
        var log = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        log.Count.ShouldBe(writers * appends);
        log.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, writers * appends).Select(i => (long)i));
        foreach (var stream in log.GroupBy(e => e.StreamId))
        {
            stream.Select(e => e.Version).ShouldBe(Enumerable.Range(1, appends).Select(i => (long)i));
            stream.Skip(1).Select(e => ((MarkCorrected)e.Data).Points).ShouldBe(Enumerable.Range(1, appends - 1).Select(i => (decimal)i));
        }
    }
}
