using System.Text.Json;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Competition.Projections.Leaderboards;
using JasperFx.Events;

namespace Competition.Live.Tests;

/// A board rescores only the entries a batch touched and keeps the others' scores, lines and places from the batch
/// before. Over a seeded run of marks, corrections, submissions, reopens, withdrawals, bibs, entries' and judges'
/// organizations (recusals) and changes to the stages (which change how every entry scores), each board equals the
/// board built from nothing.
public sealed class IncrementalScoresTests
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(7)]
    [InlineData(20261201)]
    public void Boards_scored_from_the_last_batch_equal_boards_scored_from_nothing(int seed)
    {
        var random = new Random(seed);
        var (contest, category) = (Guid.NewGuid(), Guid.NewGuid());
        var doc = new CategoryDoc { ContestId = contest, CategoryId = category };
        var theory = Guid.NewGuid();
        var practical = Guid.NewGuid();
        var criteria = new Dictionary<Guid, Guid[]> { [theory] = [Guid.NewGuid(), Guid.NewGuid()], [practical] = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()] };
        var judges = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var entries = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
        long sequence = 0;
        void Apply(object data, Guid stream) =>
            CategoryDocEvents.Apply(doc, new Event<object>(data) { Sequence = ++sequence, StreamId = stream, Version = sequence }, new Dictionary<Guid, EntryRegistered>());

        Apply(new StageAdded(contest, category, theory, "Theory", 30, AggregationRule.Mean, 0, DateTimeOffset.UtcNow), contest);
        Apply(new StageAdded(contest, category, practical, "Practical", 70, AggregationRule.TrimmedMean, 1, DateTimeOffset.UtcNow, Blind: true), contest);
        foreach (var (stage, ids) in criteria)
            foreach (var id in ids) Apply(new CriterionAdded(contest, category, stage, id, "K", CriterionKind.Judgement, 10, DateTimeOffset.UtcNow), contest);
        foreach (var judge in judges)
            Apply(new JudgeAppointed(contest, judge, "J", $"Org {judge:N}", [category], [], false, "hash", DateTimeOffset.UtcNow), contest);
        // Entries on the board as approved ones (the registration's name is not what is tested here).
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            doc.Entries[entry] = new EntryDoc { Id = entry, Name = $"Entry {i}", Organization = $"Plant {i % 7}", Status = EntryStatus.Approved, Bib = i + 1 };

        var compared = 0;
        for (var step = 0; step < 600; step++)
        {
            var (stage, entry, judge) = (random.Next(3) == 0 ? theory : practical, entries[random.Next(entries.Length)], judges[random.Next(judges.Length)]);
            var sheet = Guid.NewGuid();
            var criterion = criteria[stage][random.Next(criteria[stage].Length)];
            // Few distinct values: ties, and ties broken by the stages, come up often.
            var points = random.Next(0, 5) * 2.5m;
            object happening = random.Next(100) switch
            {
                < 60 => new MarkAwarded(sheet, contest, category, stage, entry, judge, criterion, points, DateTimeOffset.UtcNow),
                < 75 => new MarkCorrected(sheet, contest, category, stage, entry, judge, criterion, points, 0, DateTimeOffset.UtcNow),
                < 85 => new SheetSubmitted(sheet, contest, category, stage, entry, judge, DateTimeOffset.UtcNow),
                < 90 => new SheetReopened(sheet, contest, category, stage, entry, judge, "typo", contest, DateTimeOffset.UtcNow),
                < 91 => new EntryWithdrawn(entry, contest, category, DateTimeOffset.UtcNow),
                < 92 => new BibDrawn(entry, contest, category, random.Next(1, 100), DateTimeOffset.UtcNow),
                < 93 => random.Next(2) == 0
                    ? new EntryRevised(entry, contest, category, $"Renamed {step}", $"Org {judge:N}", [], DateTimeOffset.UtcNow) // now recused from that judge
                    : new JudgeRevised(contest, judge, "J", $"Plant {random.Next(7)}", [category], [], false, DateTimeOffset.UtcNow),
                < 96 => new CriterionRevised(contest, category, stage, criterion, "K", CriterionKind.Judgement, 10 + random.Next(3) * 5, DateTimeOffset.UtcNow),
                < 98 => new StageRevised(contest, category, theory, "Theory", 20 + random.Next(3) * 5, AggregationRule.Median, 0, DateTimeOffset.UtcNow),
                _ => new WorkCodesOpened(contest, category, practical, "organizer", "seed", [], DateTimeOffset.UtcNow),
            };
            Apply(happening, sheet);
            var incremental = JsonSerializer.Serialize(LeaderboardView.From(doc, sequence), Json);
            if (step % 7 != 0) continue; // several batches scored from the one before, then compared
            doc.ForgetScores();
            JsonSerializer.Serialize(LeaderboardView.From(doc, sequence), Json).ShouldBe(incremental, $"seed {seed}, step {step}, after {happening.GetType().Name}");
            compared++;
        }
        compared.ShouldBeGreaterThan(80);
        doc.Entries.Values.Count(e => e.Status == EntryStatus.Approved).ShouldBeGreaterThan(5, "the board kept rows to compare");
    }
}
