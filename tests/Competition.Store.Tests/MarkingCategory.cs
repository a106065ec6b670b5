using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Marten;

namespace Competition.Store.Tests;

/// <summary>
/// A contest with one category, one stage, one criterion and one judge, and a pool of approved entries, written as raw
/// domain events. Each mark goes to an entry of its own, so the entry's total on the board (the mark's points: one
/// judge, weight 100 of 100 points) is the proof that its sheet's last event was applied.
/// </summary>
internal sealed class MarkingCategory
{
    public static readonly DateTimeOffset At = new(2026, 5, 1, 9, 30, 0, TimeSpan.FromHours(8));
    const int EntryPool = 64;
    int marked;

    public Guid ContestId { get; } = Guid.NewGuid();
    public Guid CategoryId { get; } = Guid.NewGuid();
    public Guid StageId { get; } = Guid.NewGuid();
    public Guid CriterionId { get; } = Guid.NewGuid();
    public Guid JudgeId { get; } = Guid.NewGuid();
    public IReadOnlyList<Guid> Entries { get; } = [.. Enumerable.Range(0, EntryPool).Select(_ => Guid.NewGuid())];

    /// <summary>The contest stream's events.</summary>
    public object[] SetUp =>
    [
        new ContestCreated(ContestId, "Provincial Skills 2026", ContestKind.Skills, "zh-CN", "organizer-hash", At),
        new CategoryAdded(ContestId, CategoryId, "Electrician", EntryType.Individual, At),
        new StageAdded(ContestId, CategoryId, StageId, "Practical", 100m, AggregationRule.Mean, 0, At),
        new CriterionAdded(ContestId, CategoryId, StageId, CriterionId, "Wiring", CriterionKind.Judgement, 100m, At),
        new JudgeAppointed(ContestId, JudgeId, "Judge", "Assessment Centre", [CategoryId], [], false, $"judge-{JudgeId:N}", At),
    ];

    /// <summary>Each entry's stream: registered and approved.</summary>
    public object[] Registration(Guid entryId) =>
    [
        new EntryRegistered(entryId, ContestId, CategoryId, $"Entrant {entryId:N}", "Plant", [], At),
        new EntryApproved(entryId, ContestId, CategoryId, At),
    ];

    /// <summary>Writes the contest stream, then the entries' streams, in one transaction; the last sequence.</summary>
    public async Task<long> WriteSetUpAsync(IDocumentStore store)
    {
        await using var session = store.LightweightSession();
        session.Queue(ContestId, CompetitionStore.StreamTypes.Contest, 0, SetUp);
        var last = Entries.Select(entry => session.Queue(entry, CompetitionStore.StreamTypes.Entry, 0, Registration(entry))).ToList()[^1];
        await session.SaveChangesAsync();
        return last.Events[^1].Sequence;
    }

    /// <summary>A mark on a sheet (and an entry) no other mark uses.</summary>
    public MarkAwarded NewMark(decimal points)
    {
        var index = Interlocked.Increment(ref marked) - 1;
        if (index >= Entries.Count) throw new InvalidOperationException($"More than {Entries.Count} sheets: enlarge the entry pool.");
        var entry = Entries[index];
        return new MarkAwarded(StreamIds.Sheet(JudgeId, entry, StageId), ContestId, CategoryId, StageId, entry, JudgeId, CriterionId, points, At);
    }

    /// <summary>Starts the mark's sheet stream in a session of its own; the mark's sequence.</summary>
    public Task<long> WriteMarkAsync(IDocumentStore store, MarkAwarded mark) =>
        store.WriteAsync(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);

    public Task<long> WriteNewMarkAsync(IDocumentStore store, decimal points) => WriteMarkAsync(store, NewMark(points));

    /// <summary>Each entry's total on the stored board (no row: absent).</summary>
    public async Task<Dictionary<Guid, decimal>> BoardTotalsAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var board = await session.LeaderboardAsync(ContestId, CategoryId, default);
        return board?.Rows.ToDictionary(r => r.EntryId, r => r.Total ?? 0) ?? [];
    }

    /// <summary>
    /// Every committed mark of the category is on the board: each entry's total is its sheet's last committed points,
    /// and an entry without a committed mark totals 0. A mark the daemon skipped (or a total without a committed mark)
    /// fails here.
    /// </summary>
    public async Task EveryCommittedMarkIsOnTheBoardAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var log = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        var expected = new Dictionary<Guid, decimal>();
        foreach (var e in log)
            switch (e.Data)
            {
                case MarkAwarded m when m.CategoryId == CategoryId: expected[m.EntryId] = m.Points; break;
                case MarkCorrected m when m.CategoryId == CategoryId: expected[m.EntryId] = m.Points; break;
            }
        // The category's working document has applied the last committed event of the category...
        var last = log.Last(e => CategoryDocEvents.Categories(e.Data).Any(c => c.CategoryId == CategoryId)).Sequence;
        (await session.LoadAsync<CategoryDoc>(CategoryId))!.LastSequence.ShouldBe(last, "the category's last event");
        // ...and every entry's total is its last mark's points.
        var totals = await BoardTotalsAsync(store);
        totals.Keys.Order().ShouldBe(Entries.Order(), "the board's rows: every approved entry");
        foreach (var entry in Entries)
            totals[entry].ShouldBe(expected.GetValueOrDefault(entry), $"entry {entry}");
    }

    public MarkCorrected Correction(MarkAwarded mark, decimal points) =>
        new(mark.SheetId, mark.ContestId, mark.CategoryId, mark.StageId, mark.EntryId, mark.JudgeId, mark.CriterionId, points, mark.Points, mark.At);
}
