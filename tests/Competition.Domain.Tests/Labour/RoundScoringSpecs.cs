using Competition.Domain.Labour;
using static Competition.Domain.Tests.Labour.LabourWorld;

namespace Competition.Domain.Tests.Labour;

/// Worked examples of the contract's round scoring, each computed by hand in its comment.
public class RoundScoringSpecs
{
    static readonly Guid A1 = Guid.Parse("00000000-0000-0000-0000-0000000aa001"), A2 = Guid.Parse("00000000-0000-0000-0000-0000000aa002");

    static UnitMarks Marks(Guid unit, params (Guid Judge, Guid Item, decimal Value)[] values) =>
        new(unit, [.. values.Select(v => new ItemValue(v.Judge, v.Item, v.Value))], null, false);

    [Fact]
    public void A_key_project_scheme_caps_the_bonus_at_20_and_a_deduction_per_occurrence_at_its_maximum()
    {
        Guid progress = Guid.NewGuid(), quality = Guid.NewGuid(), safety = Guid.NewGuid();
        Guid onTime = Guid.NewGuid(), build = Guid.NewGuid(), defects = Guid.NewGuid(), safe = Guid.NewGuid(), innovation = Guid.NewGuid(), tech = Guid.NewGuid();
        var scheme = new Scheme(
            [
                new SchemeBlock(progress, "进度", [new SchemeItem(onTime, "节点工期", ItemKind.Points, 40)]),
                new SchemeBlock(quality, "质量", [new SchemeItem(build, "工程质量", ItemKind.Points, 30), new SchemeItem(defects, "质量缺陷", ItemKind.Deduction, 15, 5)]),
                new SchemeBlock(safety, "安全", [new SchemeItem(safe, "安全生产", ItemKind.Points, 30), new SchemeItem(innovation, "技术创新", ItemKind.Bonus, 15), new SchemeItem(tech, "科技成果", ItemKind.Bonus, 15)]),
            ], BonusCap: 20, new SchemeGates(), 1, AggregationRule.Mean, 0, SeasonRule.Sum);
        // 进度 36; 质量 28 − min(15, 4 × 5) = 13; 安全 27; bonus min(20, 15 + 12) = 20; total 96.
        var score = RoundScoring.Score(scheme, Marks(UnitA, (A1, onTime, 36), (A1, build, 28), (A1, defects, 4), (A1, safe, 27), (A1, innovation, 15), (A1, tech, 12)));
        score.BlockScores.ShouldBe(new Dictionary<Guid, decimal> { [progress] = 36, [quality] = 13, [safety] = 27 });
        (score.Bonus, score.Total).ShouldBe((20m, 96m));
    }

    [Fact]
    public void Assessors_values_are_averaged_before_a_count_of_occurrences_deducts()
    {
        // 制度 (28 + 26) / 2 = 27; 隐患 mean count (7 + 9) / 2 = 8 → 16, capped at 10 → 安全管理 17.
        // 整洁 17.5; 创新 (15 + 13) / 2 = 14, capped at 10; total 17 + 17.5 + 10 = 44.5.
        var score = RoundScoring.Score(SafetyScheme(), Marks(UnitA,
            (A1, Rules, 28), (A2, Rules, 26), (A1, Hazards, 7), (A2, Hazards, 9), (A1, Tidy, 18), (A2, Tidy, 17), (A1, Innovation, 15), (A2, Innovation, 13)));
        score.BlockScores.ShouldBe(new Dictionary<Guid, decimal> { [Safety] = 17, [Site] = 17.5m });
        (score.Bonus, score.Total, score.SelfTotal, score.Gap).ShouldBe((10m, 44.5m, (decimal?)null, (decimal?)null));
    }

    [Fact]
    public void The_self_assessment_is_scored_the_same_way_and_the_gap_is_self_minus_assessed()
    {
        var marks = Marks(UnitA, (A1, Rules, 27), (A1, Hazards, 1), (A1, Tidy, 18)) with
        {
            Self = new Dictionary<Guid, decimal> { [Rules] = 30, [Hazards] = 0, [Tidy] = 20, [Innovation] = 15 },
        };
        // Assessed 25 + 18 = 43; self 30 + 20 + min(10, 15) = 60; gap 17.
        var score = RoundScoring.Score(SafetyScheme(), marks);
        (score.Total, score.SelfTotal, score.Gap).ShouldBe((43m, (decimal?)60m, (decimal?)17m));
    }

    [Fact]
    public void An_anke_cup_scheme_ranks_only_units_past_the_80_percent_gate_of_every_block_and_not_vetoed()
    {
        var scheme = SafetyScheme(blockShare: 0.8m);
        var passing = RoundScoring.Score(scheme, Marks(UnitA, (A1, Rules, 27), (A1, Hazards, 1), (A1, Tidy, 16))); // 25 ≥ 24, 16 ≥ 16
        var short_ = RoundScoring.Score(scheme, Marks(UnitB, (A1, Rules, 30), (A1, Hazards, 4), (A1, Tidy, 20))); // 22 < 24
        var vetoed = RoundScoring.Score(scheme, Marks(UnitC, (A1, Rules, 30), (A1, Tidy, 20)) with { Vetoed = true });
        (passing.GatePassed, short_.GatePassed, vetoed.GatePassed).ShouldBe((true, false, true));

        var ranked = RoundScoring.Rank(scheme, [vetoed, short_, passing]);
        ranked.Select(r => (r.Rank, r.Score.EntryId)).ShouldBe([(1, UnitA), ((int?)null, UnitC), ((int?)null, UnitB)]);
        RoundScoring.FlagHolders(ranked).ShouldBe([UnitA]);
    }

    [Fact]
    public void Equal_totals_are_broken_by_the_first_block_then_shared()
    {
        var scheme = SafetyScheme();
        var a = RoundScoring.Score(scheme, Marks(UnitA, (A1, Rules, 25), (A1, Tidy, 15))); // 40: 25 + 15
        var b = RoundScoring.Score(scheme, Marks(UnitB, (A1, Rules, 20), (A1, Tidy, 20))); // 40: 20 + 20
        var c = RoundScoring.Score(scheme, Marks(UnitC, (A1, Rules, 25), (A1, Tidy, 15))); // 40: 25 + 15, as A
        var ranked = RoundScoring.Rank(scheme, [b, c, a]);
        ranked.Select(r => r.Rank).ShouldBe([1, 1, 3]);
        ranked[2].Score.EntryId.ShouldBe(UnitB);
        RoundScoring.FlagHolders(ranked).ShouldBe(new[] { UnitA, UnitC }.Order());
    }

    [Fact]
    public void A_block_never_falls_below_zero_however_many_deductions()
    {
        var score = RoundScoring.Score(SafetyScheme(), Marks(UnitA, (A1, Rules, 4), (A1, Hazards, 30)));
        score.BlockScores[Safety].ShouldBe(0m);
    }

    [Fact]
    public void A_unit_vetoed_in_a_published_round_drops_out_of_the_season_ranking_and_means_count_missing_rounds_as_zero()
    {
        PublishedRound Round(Guid id, decimal a, decimal b, decimal c, params Guid[] vetoed) =>
            new(id, new Dictionary<Guid, decimal> { [UnitA] = a, [UnitB] = b, [UnitC] = c }, vetoed.ToHashSet(), [UnitA]);
        var rounds = new[] { Round(January, 90, 80, 95), Round(February, 85, 88, 99, UnitC) };

        var sum = SeasonStandings.Rank(SeasonRule.Sum, [UnitA, UnitB, UnitC], rounds);
        sum.Select(r => (r.Rank, r.EntryId, r.Total, r.Flags, r.Vetoed)).ShouldBe(
            [(1, UnitA, 175m, 2, false), (2, UnitB, 168m, 0, false), ((int?)null, UnitC, 194m, 0, true)]);

        var mean = SeasonStandings.Rank(SeasonRule.Mean, [UnitA, UnitB], [rounds[0], rounds[1] with { Totals = new Dictionary<Guid, decimal> { [UnitB] = 88 } }]);
        mean.Select(r => (r.EntryId, r.Total)).ShouldBe([(UnitB, 84m), (UnitA, 45m)]); // A: (90 + 0) / 2
    }
}
