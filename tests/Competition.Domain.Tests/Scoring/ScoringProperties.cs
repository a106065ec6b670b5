namespace Competition.Domain.Tests.Scoring;

/// <summary>Many generated cases from a fixed seed, so a failure reproduces exactly.</summary>
public class ScoringProperties
{
    const int Cases = 500;

    static Guid NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    static decimal Points(Random random, decimal max) => Math.Round((decimal)random.NextDouble() * max * 1.2m, random.Next(0, 3));

    static CategoryDefinition RandomCategory(Random random)
    {
        var stageCount = random.Next(1, 5);
        var weights = Enumerable.Range(0, stageCount).Select(_ => (decimal)random.Next(1, 50)).ToList();
        var scale = 100m / weights.Sum();
        weights = [.. weights.Select(w => w * scale)];
        return new CategoryDefinition([.. weights.Select(w => new StageDefinition(
            NewId(random), w, (AggregationRule)random.Next(0, 3), random.Next(0, 3),
            [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => new CriterionDefinition(
                NewId(random), (CriterionKind)random.Next(0, 3), random.Next(1, 101)))]))]);
    }

    static List<Mark> RandomMarks(Random random, CategoryDefinition category)
    {
        var judges = Enumerable.Range(0, random.Next(0, 8)).Select(_ => NewId(random)).ToList();
        return [.. from stage in category.Stages
                   from criterion in stage.Criteria
                   from judge in judges
                   where random.Next(4) > 0
                   select new Mark(judge, stage.Id, criterion.Id, Points(random, criterion.MaxPoints))];
    }

    [Fact]
    public void Totals_stay_within_0_to_100_and_have_two_decimals()
    {
        var random = new Random(20260501);
        for (var i = 0; i < Cases; i++)
        {
            var category = RandomCategory(random);
            var score = Scorer.Score(category, RandomMarks(random, category));
            score.Total.ShouldBeInRange(0m, 100m);
            score.Total.ShouldBe(Rounding.Round2(score.Total));
            foreach (var stage in category.Stages)
                score.StageScores[stage.Id].ShouldBeInRange(0m, Math.Max(0m, stage.MaxPoints));
        }
    }

    [Fact]
    public void Ranking_is_a_permutation_consistent_with_totals()
    {
        var random = new Random(7);
        for (var i = 0; i < Cases; i++)
        {
            var category = RandomCategory(random);
            var rows = Enumerable.Range(0, random.Next(0, 30)).Select(_ =>
            {
                // Coarse marks make equal totals, and so ties, common.
                var score = Scorer.Score(category, RandomMarks(random, category).Select(m => m with { Points = Math.Round(m.Points / 10) * 10 }));
                return new RankingRow(NewId(random), score.Total, score.StageScores);
            }).ToList();

            var ranked = Ranking.Rank(rows, category);

            ranked.Select(r => r.EntryId).ShouldBe(rows.Select(r => r.EntryId), ignoreOrder: true);
            for (var k = 0; k < ranked.Count; k++)
            {
                var row = ranked[k];
                row.Rank.ShouldBe(1 + ranked.Count(o => o.Total > row.Total || (o.Total == row.Total && o.Rank < row.Rank)));
                if (k > 0)
                {
                    ranked[k - 1].Total.ShouldBeGreaterThanOrEqualTo(row.Total);
                    ranked[k - 1].Rank.ShouldBeLessThanOrEqualTo(row.Rank);
                    if (ranked[k - 1].Rank == row.Rank) ranked[k - 1].StageScores.ShouldBe(row.StageScores, ignoreOrder: true);
                    else row.Rank.ShouldBe(k + 1);
                }
            }
        }
    }

    [Fact]
    public void Trimmed_mean_lies_between_the_lowest_and_highest_mark()
    {
        var random = new Random(42);
        for (var i = 0; i < Cases * 4; i++)
        {
            var marks = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Points(random, 100)).ToList();
            var trim = random.Next(0, 5);
            var trimmed = Scorer.Aggregate(AggregationRule.TrimmedMean, trim, marks);
            trimmed.ShouldBeInRange(marks.Min(), marks.Max());
            Scorer.Aggregate(AggregationRule.Median, 0, marks).ShouldBeInRange(marks.Min(), marks.Max());
        }
    }

    [Fact]
    public void Tiers_follow_rank_order_and_only_reach_entries_at_the_minimum()
    {
        var random = new Random(99);
        var policy = new AwardPolicy([new("Gold", 0.1m), new("Silver", 0.2m), new("Bronze", 0.3m)], 60);
        for (var i = 0; i < Cases; i++)
        {
            var rows = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => new RankingRow(NewId(random), random.Next(40, 100), new Dictionary<Guid, decimal>()));
            var ranked = Ranking.Rank(rows, []);
            var tiers = Tiers.Assign(ranked, policy);
            var order = tiers.Select(t => t.Tier is null ? 3 : policy.Tiers.ToList().FindIndex(p => p.Name == t.Tier)).ToList();
            order.ShouldBe(order.Order().ToList());
            // Plain checks: ShouldAllBe compiles an expression per call, too slow for thousands of cases.
            tiers.Any(t => t.Tier is not null && t.Total < 60).ShouldBeFalse();
            tiers.GroupBy(t => t.Rank).Any(g => g.Select(t => t.Tier).Distinct().Count() > 1).ShouldBeFalse("tied entries share a tier");
        }
    }

    [Fact]
    public void Tiers_by_count_end_at_the_summed_counts_unless_a_tie_carries_them_further()
    {
        var random = new Random(100);
        for (var i = 0; i < Cases; i++)
        {
            var policy = new AwardPolicy(
                [.. Enumerable.Range(0, random.Next(1, 5)).Select(k => new AwardTier($"T{k}", Count: random.Next(1, 8)))], 60);
            var rows = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => new RankingRow(NewId(random), random.Next(40, 100), new Dictionary<Guid, decimal>()));
            var ranked = Ranking.Rank(rows, []);
            var tiers = Tiers.Assign(ranked, policy);
            var n = ranked.Count(r => r.Total >= 60);
            var summed = 0;
            for (var k = 0; k < policy.Tiers.Count; k++)
            {
                summed = Math.Min(summed + policy.Tiers[k].Count!.Value, n);
                var awarded = tiers.TakeWhile(t => t.Tier is not null && int.Parse(t.Tier[1..]) <= k).Count();
                awarded.ShouldBeGreaterThanOrEqualTo(summed);
                if (awarded > summed) tiers[awarded - 1].Rank.ShouldBe(tiers[summed - 1].Rank, "only a tie carries a tier past its end");
            }
            tiers.Skip(summed).Where(t => t.Rank != tiers[Math.Max(summed - 1, 0)].Rank).Any(t => t.Tier is not null)
                .ShouldBeFalse("nobody past the last tier's end gets a tier");
        }
    }
}

/// <summary>The text keys a store orders a board's rows by (see <see cref="Ranking.RankKeyOf"/>) against the board's comparer.</summary>
public class RankKeyProperties
{
    [Fact]
    public void Rank_and_order_keys_compare_ordinally_as_the_board_order_does()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 200; i++)
        {
            Guid NewId() { var bytes = new byte[16]; random.NextBytes(bytes); return new Guid(bytes); }
            var stages = Enumerable.Range(0, random.Next(0, 4)).Select(_ => NewId()).ToList();
            // Few distinct scores, some negative (points deductions), some with more than two decimals: ties by rounding too.
            decimal Score() => random.Next(5) == 0 ? -random.Next(0, 3) : Math.Round((decimal)random.NextDouble() * 3, random.Next(0, 4));
            var rows = Enumerable.Range(0, 20).Select(_ => new RankingRow(NewId(), Score(), stages.ToDictionary(s => s, _ => Score()))).ToList();
            var order = Ranking.BoardOrderOf(stages);
            var sameRank = Ranking.SameRankOf(stages);
            var rankKey = Ranking.RankKeyOf(stages);
            foreach (var a in rows)
                foreach (var b in rows)
                {
                    var (ka, kb) = (rankKey(a), rankKey(b));
                    (string.CompareOrdinal(ka, kb) == 0).ShouldBe(sameRank(a, b));
                    Math.Sign(string.CompareOrdinal(Ranking.OrderKeyOf(ka, a.EntryId), Ranking.OrderKeyOf(kb, b.EntryId)))
                        .ShouldBe(Math.Sign(order.Compare(a, b)));
                }
        }
    }
}
