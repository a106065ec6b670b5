using Competition.TestSupport;

namespace Competition.EventStore.Tests;

public sealed class ConcurrencyTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Concurrent_appenders_to_one_stream_exactly_one_wins_per_version()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var stream = Guid.NewGuid();
        await store.AppendAsync(stream, new Counted(stream, 0));

        // Every round, 8 writers all decide on the same version; exactly one of them may land.
        for (var round = 1; round <= 5; round++)
        {
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
            {
                await Task.Yield();
                var session = store.OpenSession();
                session.Events.Append(stream, round, new Counted(stream, i));
                try { await session.SaveChangesAsync(); return true; }
                catch (ConcurrencyException) { return false; }
            }));
            outcomes.Count(won => won).ShouldBe(1, $"round {round}");
        }
        (await store.FetchStreamAsync(stream)).Select(e => e.Version).ShouldBe([1L, 2L, 3L, 4L, 5L, 6L]);
    }

    [Fact]
    public async Task Many_streams_appended_concurrently_lose_no_event()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        const int writers = 32, appends = 40;
        var streams = Enumerable.Range(0, writers).Select(_ => Guid.NewGuid()).ToArray();
        await Task.WhenAll(streams.Select(stream => Task.Run(async () =>
        {
            for (var i = 0; i < appends; i++)
            {
                var session = store.OpenSession();
                session.Events.Append(stream, i, new Counted(stream, i));
                await session.SaveChangesAsync();
            }
        })));

        var all = await store.ReadAllAsync(0, writers * appends + 10);
        all.Count.ShouldBe(writers * appends);
        all.Select(e => e.Sequence).ShouldBeUnique();
        all.Select(e => e.Sequence).ShouldBeInOrder();
        foreach (var group in all.GroupBy(e => e.StreamId))
            group.Select(e => ((Counted)e.Data).N).ShouldBe(Enumerable.Range(0, appends));
        // Group commit really folded sessions together: fewer transactions than sessions.
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(DISTINCT xmin::text) FROM {store.Options.Schema}.mt_events"))
            .ShouldBeLessThan(writers * appends);
    }

    [Fact]
    public async Task A_session_over_several_streams_commits_all_or_nothing()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var contest = Guid.NewGuid();
        var entries = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        await store.AppendAsync(entries[2], new Counted(entries[2], 0));

        var session = store.OpenSession();
        session.Events.StartStream(contest, "contest", new Counted(contest, 1));
        session.Events.StartStream(entries[0], "entry", new Counted(entries[0], 1));
        session.Events.Append(entries[1], 0, new Counted(entries[1], 1));
        session.Events.Append(entries[2], 0, new Counted(entries[2], 1)); // stale: it is at 1
        (await Should.ThrowAsync<ConcurrencyException>(() => session.SaveChangesAsync())).StreamId.ShouldBe(entries[2]);

        (await store.ReadAllAsync(0, 100)).Count.ShouldBe(1);
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Options.Schema}.mt_streams")).ShouldBe(1);
    }

    [Fact]
    public async Task Group_commit_answers_each_session_on_its_own()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var streams = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var s in streams.Where((_, i) => i % 3 == 0)) await store.AppendAsync(s, new Counted(s, 0));

        // Every third session is stale (it claims a new stream that already exists); the rest must commit.
        var results = await Task.WhenAll(streams.Select((stream, i) => Task.Run(async () =>
        {
            var session = store.OpenSession();
            session.Events.Append(stream, 0, new Counted(stream, i));
            try { return (i, ok: true, version: (await session.SaveChangesAsync()).StreamVersions[stream]); }
            catch (ConcurrencyException e) when (e.StreamId == stream && e.Actual == 1) { return (i, ok: false, version: 1L); }
        })));

        results.ShouldAllBe(r => r.ok == (r.i % 3 != 0));
        results.Where(r => r.ok).ShouldAllBe(r => r.version == 1);
        var counted = (await store.ReadAllAsync(0, 1000)).Select(e => (Counted)e.Data).Where(c => c.N != 0).ToList();
        counted.Select(c => c.N).Order().ShouldBe(Enumerable.Range(0, 60).Where(i => i % 3 != 0));
    }
}
