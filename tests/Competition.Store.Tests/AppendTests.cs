using System.Text.Json;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Competition.Projections.Store;
using Competition.TestSupport;
using Marten;

namespace Competition.Store.Tests;

public sealed class AppendTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    static readonly DateTimeOffset At = MarkingCategory.At;

    [Fact]
    public async Task A_started_stream_reads_back_in_version_order_under_its_wire_names_with_its_data_intact()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var (contest, category, stage) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        object[] written =
        [
            new ContestCreated(contest, "全国职业技能大赛 National", ContestKind.Labour, "zh-CN", "hash", At),
            new CategoryAdded(contest, category, "Electrician", EntryType.Team, At),
            new StageAdded(contest, category, stage, "Practical", 70.125m, AggregationRule.TrimmedMean, 1, At),
        ];
        var last = await store.WriteAsync(contest, CompetitionStore.StreamTypes.Contest, 0, written);

        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(contest);
        events.Select(e => e.Version).ShouldBe([1L, 2L, 3L]);
        events.Select(e => e.EventTypeName).ShouldBe(["contest.created", "contest.category-added", "contest.stage-added"]);
        events.Select(e => e.Data).ShouldBe(written);
        ((StageAdded)events[2].Data).At.Offset.ShouldBe(TimeSpan.FromHours(8));
        events.Select(e => e.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        events[^1].Sequence.ShouldBe(last);
        (await session.Events.FetchStreamStateAsync(contest))!.Version.ShouldBe(3);

        // Readers that only need what is newer than their snapshot read from a version on.
        (await session.Events.FetchStreamAsync(contest, fromVersion: 3)).Select(e => e.Data).ShouldBe([written[2]]);
    }

    [Fact]
    public async Task The_log_reads_back_in_commit_order_by_sequence_across_streams()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var marks = Enumerable.Range(1, 6).Select(i => category.NewMark(i)).ToList();
        var sequences = new List<long>();
        foreach (var mark in marks) sequences.Add(await category.WriteMarkAsync(store, mark));

        sequences.ShouldBeInOrder(SortDirection.Ascending);
        await using var session = store.QuerySession();
        var log = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        // As JSON: events holding lists are not equal as records.
        object[] written = [.. category.SetUp, .. category.Entries.SelectMany(category.Registration), .. marks];
        log.Select(e => JsonSerializer.Serialize(e.Data, e.Data.GetType())).ShouldBe(written.Select(e => JsonSerializer.Serialize(e, e.GetType())));
        log.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, log.Count).Select(i => (long)i), "one number per event, none skipped");
    }

    [Fact]
    public async Task An_append_at_a_stale_version_is_refused_as_a_conflict_and_writes_nothing()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var version = (long)category.SetUp.Length;

        var error = await Should.ThrowAsync<Exception>(() =>
            store.WriteAsync(category.ContestId, CompetitionStore.StreamTypes.Contest, version - 1, new RegistrationOpened(category.ContestId, At)));
        StreamVersionAssertion.IsConflict(error).ShouldBeTrue(error.ToString());
        await using (var session = store.QuerySession())
            (await session.Events.FetchStreamAsync(category.ContestId)).Count.ShouldBe((int)version);

        await store.WriteAsync(category.ContestId, CompetitionStore.StreamTypes.Contest, version, new RegistrationOpened(category.ContestId, At));
        await using (var session = store.QuerySession())
            (await session.Events.FetchStreamStateAsync(category.ContestId))!.Version.ShouldBe(version + 1);
    }

    [Fact]
    public async Task Starting_a_stream_that_exists_is_refused_as_a_conflict_and_writes_nothing()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var category = new MarkingCategory();
        var mark = category.NewMark(7);
        await category.WriteMarkAsync(store, mark);

        var error = await Should.ThrowAsync<Exception>(() => category.WriteMarkAsync(store, mark with { Points = 8 }));
        StreamVersionAssertion.IsConflict(error).ShouldBeTrue(error.ToString());
        await using var session = store.QuerySession();
        (await session.Events.FetchStreamAsync(mark.SheetId)).Select(e => e.Data).ShouldBe([mark]);
    }

    [Fact]
    public async Task A_stream_is_only_ever_started_with_its_type_and_never_appended_to_before_it_exists()
    {
        await using var store = TestStores.Create(db.ConnectionString);
        var contest = Guid.NewGuid();
        await using var untyped = store.LightweightSession();
        Should.Throw<Marten.Exceptions.StreamTypeMissingException>(() => untyped.Events.StartStream(contest, new RegistrationOpened(contest, At)));

        await using var session = store.LightweightSession();
        session.Events.Append(contest, new RegistrationOpened(contest, At));
        await Should.ThrowAsync<Marten.Exceptions.NonExistentStreamException>(() => session.SaveChangesAsync());
        (await TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Schema()}.mt_streams WHERE id = '{contest}'")).ShouldBe(0);
    }

    [Fact]
    public void Every_domain_event_is_stored_under_its_wire_name()
    {
        using var store = TestStores.Create(db.ConnectionString);
        foreach (var (name, type) in DomainEvents.WireNames)
            store.Events.EventMappingFor(type).EventTypeName.ShouldBe(name, type.Name);
    }
}
