using Competition.TestSupport;

namespace Competition.EventStore.Tests;

/// Two stores on one schema, as two API nodes: each decides on versions it remembers (a mark: its own
/// sheet, asserting the contest it saw), and the group commit writes such batches in one round trip,
/// checking the remembered versions in the same statements. Whatever the other node committed meanwhile
/// must be honoured: no version taken twice, and no session committed on a contest version that had moved.
public sealed class TwoWriterTests(PostgresDatabaseFixture db) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Sessions_deciding_on_remembered_versions_never_commit_on_a_moved_stream_across_two_writers()
    {
        var schema = TestStores.NewSchema();
        await using var nodeA = TestStores.Create(db.ConnectionString, schema: schema);
        await using var nodeB = TestStores.Create(db.ConnectionString, schema: schema);
        var contest = Guid.NewGuid();
        await nodeA.AppendAsync(contest, new Counted(contest, 0));
        const int sheetsPerNode = 6, marksPerSheet = 25, contestChanges = 12;

        // Each sheet's writer remembers its sheet's version and the contest version it last saw, and
        // only reads the contest again when refused: the event records the contest version it asserted.
        async Task<int> MarkAsync(PostgresEventStore node, Guid sheet)
        {
            long sheetVersion = 0, seenContest = 1;
            var refusals = 0;
            for (var mark = 0; mark < marksPerSheet;)
            {
                var session = node.OpenSession();
                session.Events.AssertVersion(contest, seenContest);
                session.Events.Append(sheet, sheetVersion, new Counted(sheet, (int)seenContest));
                try
                {
                    sheetVersion = (await session.SaveChangesAsync()).StreamVersions[sheet];
                    mark++;
                }
                catch (ConcurrencyException e) when (e.StreamId == contest)
                {
                    refusals++;
                    seenContest = (await node.FetchStreamAsync(contest)).Count;
                }
            }
            return refusals;
        }

        var sheets = Enumerable.Range(0, 2 * sheetsPerNode).Select(_ => Guid.NewGuid()).ToArray();
        var marking = sheets.Select((sheet, i) => Task.Run(() => MarkAsync(i % 2 == 0 ? nodeA : nodeB, sheet))).ToArray();
        var organizer = Task.Run(async () =>
        {
            for (var version = 1; version <= contestChanges; version++)
            {
                await Task.Delay(15);
                var session = nodeB.OpenSession();
                session.Events.Append(contest, version, new Counted(contest, version));
                await session.SaveChangesAsync();
            }
        });
        await organizer;
        var refused = (await Task.WhenAll(marking)).Sum();

        var log = await nodeA.ReadAllAsync(0, 10_000);
        var contestSequences = log.Where(e => e.StreamId == contest).Select(e => e.Sequence).ToList();
        contestSequences.Count.ShouldBe(contestChanges + 1);
        foreach (var sheet in sheets)
        {
            var marks = log.Where(e => e.StreamId == sheet).ToList();
            marks.Select(e => e.Version).ShouldBe(Enumerable.Range(1, marksPerSheet).Select(v => (long)v));
            // The contest version a mark asserted is the contest's version when the mark committed.
            foreach (var m in marks)
                ((Counted)m.Data).N.ShouldBe(contestSequences.Count(s => s < m.Sequence), $"mark at sequence {m.Sequence}");
        }
        refused.ShouldBeGreaterThan(0); // the contest did move under remembered versions
    }
}
