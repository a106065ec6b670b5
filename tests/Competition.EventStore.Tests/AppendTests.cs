using Competition.TestSupport;

namespace Competition.EventStore.Tests;

public sealed class AppendTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    static Noted Note(Guid stream, string text) => new(stream, text, 12.345m,
        [new Line("accuracy", 7.5m), new Line("speed", 0.125m)], new DateTimeOffset(2025, 5, 1, 9, 30, 0, TimeSpan.FromHours(8)));

    [Fact]
    public async Task Started_stream_reads_back_in_order_with_versions_and_round_tripped_data()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var stream = Guid.NewGuid();
        var session = store.OpenSession();
        session.CorrelationId = Guid.NewGuid();
        session.CausationId = Guid.NewGuid();
        session.Events.StartStream(stream, "sheet", Note(stream, "first"), new Counted(stream, 2), Note(stream, "third"));
        var result = await session.SaveChangesAsync();

        var events = await store.FetchStreamAsync(stream);
        events.Select(e => e.Version).ShouldBe([1L, 2L, 3L]);
        events.Select(e => e.Type).ShouldBe(["test.noted", "test.counted", "test.noted"]);
        var noted = events[0].Data.ShouldBeOfType<Noted>();
        noted.Lines.ShouldBe([new Line("accuracy", 7.5m), new Line("speed", 0.125m)]);
        (noted with { Lines = [] }).ShouldBe(Note(stream, "first") with { Lines = [] });
        noted.NotedAt.Offset.ShouldBe(TimeSpan.FromHours(8));
        events[1].Data.ShouldBe(new Counted(stream, 2));
        events.ShouldAllBe(e => e.StreamId == stream && e.CorrelationId == session.CorrelationId && e.CausationId == session.CausationId);
        events.Select(e => e.Sequence).ShouldBeInOrder();
        result.LastSequence.ShouldBe(events[^1].Sequence);
        result.StreamVersions[stream].ShouldBe(3);
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT version FROM {store.Options.Schema}.mt_streams WHERE id = '{stream}'")).ShouldBe(3);
    }

    [Fact]
    public async Task Starting_a_stream_that_exists_throws_ConcurrencyException()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var stream = Guid.NewGuid();
        await store.AppendAsync(stream, new Counted(stream, 1));
        var session = store.OpenSession();
        session.Events.StartStream(stream, "sheet", new Counted(stream, 2));

        var error = await Should.ThrowAsync<ConcurrencyException>(() => session.SaveChangesAsync());
        (error.StreamId, error.Expected, error.Actual).ShouldBe((stream, 0L, 1L));
        (await store.FetchStreamAsync(stream)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Append_with_a_stale_expected_version_throws_with_expected_and_actual()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var stream = Guid.NewGuid();
        await store.AppendAsync(stream, new Counted(stream, 1), new Counted(stream, 2));
        var session = store.OpenSession();
        session.Events.Append(stream, 1, new Counted(stream, 3));

        var error = await Should.ThrowAsync<ConcurrencyException>(() => session.SaveChangesAsync());
        (error.Expected, error.Actual).ShouldBe((1L, 2L));

        var fresh = store.OpenSession();
        fresh.Events.Append(stream, 2, new Counted(stream, 3));
        (await fresh.SaveChangesAsync()).StreamVersions[stream].ShouldBe(3);
    }

    [Fact]
    public async Task An_asserted_stream_that_moved_refuses_the_whole_session_and_one_still_in_place_lets_it_commit()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var (read, written, never) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await store.AppendAsync(read, new Counted(read, 1));

        var stale = store.OpenSession();
        stale.Events.AssertVersion(read, 1);
        stale.Events.Append(written, 0, new Counted(written, 1));
        await store.AppendAsync(read, new Counted(read, 2)); // the read stream moves before the commit
        var error = await Should.ThrowAsync<ConcurrencyException>(() => stale.SaveChangesAsync());
        (error.StreamId, error.Expected, error.Actual).ShouldBe((read, 1L, 2L));
        (await store.FetchStreamAsync(written)).ShouldBeEmpty();

        var fresh = store.OpenSession();
        fresh.Events.AssertVersion(read, 2);
        fresh.Events.AssertVersion(never, 0); // a stream that does not exist is at 0, and asserting it creates nothing
        fresh.Events.Append(written, 0, new Counted(written, 1));
        var result = await fresh.SaveChangesAsync();
        result.StreamVersions.ShouldBe(new Dictionary<Guid, long> { [written] = 1 });
        (await store.FetchStreamAsync(read)).Count.ShouldBe(2);
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Options.Schema}.mt_streams WHERE id = '{never}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Append_without_version_check_goes_after_the_last_event()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var stream = Guid.NewGuid();
        await store.AppendAsync(stream, new Counted(stream, 1));
        await store.AppendAsync(stream, new Counted(stream, 2));

        var (sum, version) = await store.AggregateStreamAsync(stream, 0, (total, e) => e is Counted c ? total + c.N : total);
        (sum, version).ShouldBe((3, 2L));
        (await store.AggregateStreamAsync(Guid.NewGuid(), 0, (s, _) => s + 1)).ShouldBe((0, 0L));
    }

    [Fact]
    public async Task Unregistered_event_type_is_refused_on_append_and_unknown_wire_name_is_reported_on_read()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var stream = Guid.NewGuid();
        var error = Should.Throw<UnknownEventTypeException>(() => store.OpenSession().Events.Append(stream, new NeverRegistered(1)));
        error.Message.ShouldContain(nameof(NeverRegistered));

        await store.AppendAsync(stream, new Counted(stream, 1), new Noted(stream, "x", 1m, [], DateTimeOffset.UnixEpoch));
        await using var strict = new PostgresEventStore(new EventStoreOptions { ConnectionString = db.ConnectionString, Schema = store.Options.Schema });
        strict.Options.Events.Register<Counted>("test.counted");
        (await Should.ThrowAsync<UnknownEventTypeException>(() => strict.ReadAllAsync(0, 10))).Message.ShouldContain("test.noted");

        var lenientOptions = new EventStoreOptions { ConnectionString = db.ConnectionString, Schema = store.Options.Schema, SkipUnknownEventTypes = true };
        lenientOptions.Events.Register<Counted>("test.counted");
        await using var lenient = new PostgresEventStore(lenientOptions);
        (await lenient.ReadAllAsync(0, 10)).Select(e => e.Type).ShouldBe(["test.counted"]);
        (await store.ReadAllAsync(0, 10)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ReadAll_pages_forward_through_the_whole_log()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        for (var i = 0; i < 5; i++) await store.AppendAsync(i % 2 == 0 ? a : b, new Counted(i % 2 == 0 ? a : b, i));

        var first = await store.ReadAllAsync(0, 3);
        var rest = await store.ReadAllAsync(first[^1].Sequence, 10);
        first.Concat(rest).Select(e => ((Counted)e.Data).N).ShouldBe([0, 1, 2, 3, 4]);
        (await store.ReadHeadSequenceAsync()).ShouldBe(rest[^1].Sequence);
    }
}
