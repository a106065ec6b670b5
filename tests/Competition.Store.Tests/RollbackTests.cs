using Competition.Domain.Contests;
using Competition.Projections.Store;
using Competition.TestSupport;
using Marten;

namespace Competition.Store.Tests;

/// <summary>A refused session commits nothing, and one refused on an assertion takes no sequence number at all: the
/// assertions are queued before the appends, so they fail before any nextval.</summary>
public sealed class RollbackTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_failed_assertion_rolls_back_the_session_before_any_sequence_number_is_taken()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var contestVersion = (long)category.SetUp.Length;
        var existing = category.NewMark(1);
        await category.WriteMarkAsync(store, existing);
        await store.WriteAsync(category.ContestId, CompetitionStore.StreamTypes.Contest, contestVersion, new RegistrationOpened(category.ContestId, MarkingCategory.At));
        var head = await store.SequenceLastValueAsync(db.ConnectionString);

        // Decided on the contest as it was before RegistrationOpened: two new sheets and a correction of an existing one.
        var (a, b) = (category.NewMark(2), category.NewMark(3));
        await using (var stale = store.LightweightSession())
        {
            stale.AssertStreamVersion(category.ContestId, contestVersion);
            stale.Queue(a.SheetId, CompetitionStore.StreamTypes.Sheet, 0, a);
            stale.Queue(b.SheetId, CompetitionStore.StreamTypes.Sheet, 0, b);
            stale.Queue(existing.SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(existing, 9));
            var error = await Should.ThrowAsync<Exception>(() => stale.SaveChangesAsync());
            StreamVersionAssertion.IsFailedAssertion(error).ShouldBeTrue(error.ToString());
            StreamVersionAssertion.IsConflict(error).ShouldBeTrue();
        }
        (await store.SequenceLastValueAsync(db.ConnectionString)).ShouldBe(head, "no append of the refused session took a number");
        (await Count(store, $"mt_streams WHERE id IN ('{a.SheetId}', '{b.SheetId}')")).ShouldBe(0);
        (await Count(store, $"mt_events WHERE stream_id = '{existing.SheetId}'")).ShouldBe(1);

        // Decided on the version the contest is at, the same session commits, and its numbers follow the head.
        await using (var fresh = store.LightweightSession())
        {
            fresh.AssertStreamVersion(category.ContestId, contestVersion + 1);
            var actions = new[]
            {
                fresh.Queue(a.SheetId, CompetitionStore.StreamTypes.Sheet, 0, a),
                fresh.Queue(b.SheetId, CompetitionStore.StreamTypes.Sheet, 0, b),
                fresh.Queue(existing.SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(existing, 9)),
            };
            await fresh.SaveChangesAsync();
            actions.Select(x => x.Events[0].Sequence).ShouldBe([head + 1, head + 2, head + 3]);
        }
        (await Count(store, "mt_events WHERE type = 'tombstone'")).ShouldBe(0);
    }

    [Fact]
    public async Task Asserting_a_stream_that_does_not_exist_holds_at_version_0_and_creates_nothing()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        var (never, mark) = (Guid.NewGuid(), category.NewMark(1));
        await using (var session = store.LightweightSession())
        {
            session.AssertStreamVersion(never, 0);
            session.Queue(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);
            await session.SaveChangesAsync();
        }
        (await Count(store, $"mt_streams WHERE id = '{never}'")).ShouldBe(0);

        await using var stale = store.LightweightSession();
        stale.AssertStreamVersion(never, 1);
        stale.Queue(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(mark, 2));
        StreamVersionAssertion.IsFailedAssertion(await Should.ThrowAsync<Exception>(() => stale.SaveChangesAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task Streams_asserted_together_commit_only_if_every_one_is_at_its_version()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var contestVersion = (long)category.SetUp.Length;
        var (marked, never) = (category.NewMark(1), Guid.NewGuid());
        await category.WriteMarkAsync(store, marked);
        var head = await store.SequenceLastValueAsync(db.ConnectionString);

        // One of four wrong, wherever it stands in the list: refused, nothing written.
        (Guid, long)[] right = [(category.ContestId, contestVersion), (marked.SheetId, 1), (never, 0), (category.StageId, 0)];
        for (var wrong = 0; wrong < right.Length; wrong++)
        {
            var asserted = right.Select((r, i) => i == wrong ? (r.Item1, r.Item2 + 1) : r).ToList();
            await using var stale = store.LightweightSession();
            stale.AssertStreamVersions(asserted);
            var mark = category.NewMark(2);
            stale.Queue(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);
            var error = await Should.ThrowAsync<Exception>(() => stale.SaveChangesAsync());
            StreamVersionAssertion.IsFailedAssertion(error).ShouldBeTrue($"stream {wrong} wrong: {error}");
            error.ToString().ShouldContain(asserted[wrong].Item1.ToString());
        }
        (await store.SequenceLastValueAsync(db.ConnectionString)).ShouldBe(head, "no refused session took a number");

        await using (var fresh = store.LightweightSession())
        {
            fresh.AssertStreamVersions(right);
            var mark = category.NewMark(2);
            fresh.Queue(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);
            await fresh.SaveChangesAsync();
        }
        (await store.SequenceLastValueAsync(db.ConnectionString)).ShouldBe(head + 1);
        (await Count(store, $"mt_streams WHERE id = '{never}'")).ShouldBe(0, "asserting a stream creates nothing");
    }

    [Fact]
    public async Task A_stale_version_on_the_second_stream_of_a_session_rolls_back_the_first()
    {
        await using var store = await TestStores.CreateAppliedAsync(db.ConnectionString);
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(store);
        var contestVersion = (long)category.SetUp.Length;
        var moved = category.NewMark(1);
        await category.WriteMarkAsync(store, moved);
        await store.WriteAsync(moved.SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(moved, 2));
        var fresh = category.NewMark(3);

        await using (var session = store.LightweightSession())
        {
            session.Queue(fresh.SheetId, CompetitionStore.StreamTypes.Sheet, 0, fresh);
            session.Queue(category.ContestId, CompetitionStore.StreamTypes.Contest, contestVersion, new RegistrationOpened(category.ContestId, MarkingCategory.At));
            session.Queue(moved.SheetId, CompetitionStore.StreamTypes.Sheet, 1, category.Correction(moved, 4)); // it is at 2
            StreamVersionAssertion.IsConflict(await Should.ThrowAsync<Exception>(() => session.SaveChangesAsync())).ShouldBeTrue();
        }

        (await Count(store, $"mt_streams WHERE id = '{fresh.SheetId}'")).ShouldBe(0);
        (await Count(store, $"mt_events WHERE stream_id IN ('{fresh.SheetId}', '{category.ContestId}', '{moved.SheetId}')")).ShouldBe(contestVersion + 2);
        await using var query = store.QuerySession();
        (await query.Events.FetchStreamStateAsync(category.ContestId))!.Version.ShouldBe(contestVersion);
        (await query.Events.FetchStreamStateAsync(moved.SheetId))!.Version.ShouldBe(2);
    }

    Task<long> Count(IDocumentStore store, string from) => TestStores.ScalarAsync(db.ConnectionString, $"SELECT count(*) FROM {store.Schema()}.{from}");
}
