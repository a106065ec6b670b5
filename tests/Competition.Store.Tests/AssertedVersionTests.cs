using Competition.Domain.Contests;
using Competition.Domain.Sheets;
using Competition.Projections.Store;
using Competition.TestSupport;
using Marten;

namespace Competition.Store.Tests;

/// <summary>
/// Two stores on one schema, as two API nodes. Each mark is decided on the contest version its writer remembers and
/// asserts it (the share lock of competition_assert_stream_versions) while appending to its own sheet; an organizer
/// keeps moving the contest. A mark may only commit on the contest version that is current at its place in the log.
/// </summary>
public sealed class AssertedVersionTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_mark_commits_only_on_the_contest_version_current_at_its_place_in_the_log()
    {
        var schema = TestStores.NewSchema();
        await using var nodeA = await TestStores.CreateAppliedAsync(db.ConnectionString, schema);
        await using var nodeB = TestStores.Create(db.ConnectionString, schema);
        var category = new MarkingCategory();
        await category.WriteSetUpAsync(nodeA);
        // Moved once by the other node before anyone marks: every writer starts on a version that is already stale.
        var staleVersion = (long)category.SetUp.Length;
        await nodeB.WriteAsync(category.ContestId, CompetitionStore.StreamTypes.Contest, staleVersion, new RegistrationOpened(category.ContestId, MarkingCategory.At));
        const int sheetsPerNode = 5, marksPerSheet = 20, contestChanges = 12;

        // Each sheet's writer remembers its sheet's version and the contest version it last saw, and reads the contest
        // again only when refused; each mark records the contest version it asserted.
        async Task<int> MarkAsync(IDocumentStore node, MarkAwarded first)
        {
            long sheetVersion = 0, seen = staleVersion;
            var refusals = 0;
            while (sheetVersion < marksPerSheet)
            {
                object mark = sheetVersion == 0 ? first with { Points = seen } : category.Correction(first, seen);
                await using var session = node.LightweightSession();
                session.AssertStreamVersion(category.ContestId, seen);
                session.Queue(first.SheetId, CompetitionStore.StreamTypes.Sheet, sheetVersion, mark);
                try
                {
                    await session.SaveChangesAsync();
                    sheetVersion++;
                    await Task.Delay(1); // a judge's pause between two marks
                }
                catch (Exception e) when (StreamVersionAssertion.IsFailedAssertion(e))
                {
                    refusals++;
                    await using var query = node.QuerySession();
                    seen = (await query.Events.FetchStreamStateAsync(category.ContestId))!.Version;
                }
            }
            return refusals;
        }

        var sheets = Enumerable.Range(0, 2 * sheetsPerNode).Select(_ => category.NewMark(0)).ToList();
        var marking = sheets.Select((sheet, i) => Task.Run(() => MarkAsync(i % 2 == 0 ? nodeA : nodeB, sheet))).ToList();
        for (var change = 0; change < contestChanges; change++)
        {
            await Task.Delay(10);
            object moved = change % 2 == 0
                ? new StageOpened(category.ContestId, category.CategoryId, category.StageId, MarkingCategory.At)
                : new StageClosed(category.ContestId, category.CategoryId, category.StageId, MarkingCategory.At);
            await nodeB.WriteAsync(category.ContestId, CompetitionStore.StreamTypes.Contest, staleVersion + 1 + change, moved);
        }
        var refused = (await Task.WhenAll(marking)).Sum();

        await using var session = nodeA.QuerySession();
        var log = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        var contestSequences = log.Where(e => e.StreamId == category.ContestId).Select(e => e.Sequence).ToList();
        contestSequences.Count.ShouldBe(category.SetUp.Length + 1 + contestChanges);
        foreach (var sheet in sheets)
        {
            var marks = log.Where(e => e.StreamId == sheet.SheetId).ToList();
            marks.Select(e => e.Version).ShouldBe(Enumerable.Range(1, marksPerSheet).Select(v => (long)v));
            foreach (var m in marks)
            {
                var asserted = m.Data switch { MarkAwarded a => a.Points, MarkCorrected c => c.Points, _ => -1 };
                asserted.ShouldBe(contestSequences.Count(s => s < m.Sequence), $"mark at sequence {m.Sequence}");
            }
        }
        var markSequences = log.Where(e => e.StreamId != category.ContestId).Select(e => e.Sequence).ToList();
        var interleaved = contestSequences.Count(s => s > markSequences.Min() && s < markSequences.Max());
        // Not vacuous: every writer started on a stale version, and the contest moved while marks were committing.
        refused.ShouldBeGreaterThanOrEqualTo(sheets.Count);
        interleaved.ShouldBeGreaterThan(0);
    }
}
