using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Marten;

namespace Competition.Store.Tests;

/// <summary>
/// A contest with one category, one stage and one criterion, written as raw domain events. Each mark goes to a sheet
/// of its own (a judge and an entry of its own), so a sheet document on the board is the proof that its one event
/// was applied.
/// </summary>
internal sealed class MarkingCategory
{
    public static readonly DateTimeOffset At = new(2026, 5, 1, 9, 30, 0, TimeSpan.FromHours(8));

    public Guid ContestId { get; } = Guid.NewGuid();
    public Guid CategoryId { get; } = Guid.NewGuid();
    public Guid StageId { get; } = Guid.NewGuid();
    public Guid CriterionId { get; } = Guid.NewGuid();

    public object[] SetUp =>
    [
        new ContestCreated(ContestId, "Provincial Skills 2026", ContestKind.Skills, "zh-CN", "organizer-hash", At),
        new CategoryAdded(ContestId, CategoryId, "Electrician", EntryType.Individual, At),
        new StageAdded(ContestId, CategoryId, StageId, "Practical", 100m, AggregationRule.Mean, 0, At),
        new CriterionAdded(ContestId, CategoryId, StageId, CriterionId, "Wiring", CriterionKind.Judgement, 100m, At),
    ];

    /// <summary>Writes the contest stream; its last sequence.</summary>
    public Task<long> WriteSetUpAsync(IDocumentStore store) => store.WriteAsync(ContestId, CompetitionStore.StreamTypes.Contest, 0, SetUp);

    /// <summary>A mark on a sheet no other mark uses.</summary>
    public MarkAwarded NewMark(decimal points)
    {
        var (judge, entry) = (Guid.NewGuid(), Guid.NewGuid());
        return new MarkAwarded(StreamIds.Sheet(judge, entry, StageId), ContestId, CategoryId, StageId, entry, judge, CriterionId, points, At);
    }

    /// <summary>Starts the mark's sheet stream in a session of its own; the mark's sequence.</summary>
    public Task<long> WriteMarkAsync(IDocumentStore store, MarkAwarded mark) =>
        store.WriteAsync(mark.SheetId, CompetitionStore.StreamTypes.Sheet, 0, mark);

    public Task<long> WriteNewMarkAsync(IDocumentStore store, decimal points) => WriteMarkAsync(store, NewMark(points));

    /// <summary>
    /// Every committed mark of the category is on the board: each sheet document holds its sheet's last points at its
    /// last version. A mark the daemon skipped (or a sheet document without a committed mark) fails here.
    /// </summary>
    public async Task EveryCommittedMarkIsOnTheBoardAsync(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        var log = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        var expected = new Dictionary<Guid, (decimal Points, long Version)>();
        foreach (var e in log)
            switch (e.Data)
            {
                case MarkAwarded m when m.CategoryId == CategoryId: expected[m.SheetId] = (m.Points, e.Version); break;
                case MarkCorrected m when m.CategoryId == CategoryId: expected[m.SheetId] = (m.Points, e.Version); break;
            }
        // The category's working document has applied the last committed event of the category...
        var last = log.Last(e => CategoryDocEvents.Categories(e.Data).Any(c => c.CategoryId == CategoryId)).Sequence;
        (await session.LoadAsync<CategoryDoc>(CategoryId))!.LastSequence.ShouldBe(last, "the category's last event");
        // ...and every sheet holds the points and version of its last mark.
        var sheets = (await session.Query<SheetDoc>().Where(s => s.CategoryId == CategoryId).ToListAsync()).ToDictionary(s => s.Id);
        sheets.Keys.Order().ShouldBe(expected.Keys.Order(), "sheets on the board vs sheets with committed marks");
        foreach (var (sheet, (points, version)) in expected)
            (sheets[sheet].Marks[CriterionId], sheets[sheet].Version).ShouldBe((points, version), $"sheet {sheet}");
    }

    public MarkCorrected Correction(MarkAwarded mark, decimal points) =>
        new(mark.SheetId, mark.ContestId, mark.CategoryId, mark.StageId, mark.EntryId, mark.JudgeId, mark.CriterionId, points, mark.Points, mark.At);
}
