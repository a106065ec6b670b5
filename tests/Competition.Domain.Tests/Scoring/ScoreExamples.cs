using static Competition.Domain.Tests.Scoring.Electrician;

namespace Competition.Domain.Tests.Scoring;

public class ScoreExamples
{
    [Fact]
    public void Stage_maximum_counts_judgement_and_measurement_but_not_deductions() =>
        PracticalStage.MaxPoints.ShouldBe(100);

    [Fact]
    public void Five_judges_with_the_highest_and_lowest_dropped()
    {
        // Wiring: 60 and 78 are dropped, (70 + 72 + 74) / 3 = 72; workmanship mean 18; safety mean 2.
        var marks = Marks(Practical, Wiring, 70, 78, 72, 60, 74)
            .Concat(Marks(Practical, Workmanship, 18, 18))
            .Concat(Marks(Practical, Safety, 2, 2, 2));
        Scorer.StageScore(PracticalStage, marks).ShouldBe(new StageResult(Practical, 88m, 88m, 100m));
    }

    [Fact]
    public void Four_judges_after_a_recusal()
    {
        // The fifth judge is recused: 65 and 80 are dropped, (70 + 72) / 2 = 71.
        var marks = Marks(Practical, Wiring, 70, 80, 72, 65);
        Scorer.StageScore(PracticalStage, marks).Rounded.ShouldBe(71m);
    }

    [Fact]
    public void Theory_30_practical_70()
    {
        // Theory 80/100 → 24 points; practical 88/100 → 61.6 points.
        var marks = Marks(Theory, Quiz, 80)
            .Concat(Marks(Practical, Wiring, 70, 78, 72, 60, 74))
            .Concat(Marks(Practical, Workmanship, 18))
            .Concat(Marks(Practical, Safety, 2));
        var score = Scorer.Score(Definition, marks);
        score.StageScores.ShouldBe(new Dictionary<Guid, decimal> { [Theory] = 80m, [Practical] = 88m }, ignoreOrder: true);
        score.Total.ShouldBe(85.6m);
    }

    [Fact]
    public void A_total_that_needs_rounding_from_thirds()
    {
        // Five judges, 60 and 80 dropped: (70 + 71 + 71) / 3 = 70.666…; × 70 / 100 = 49.4666…
        var marks = Marks(Practical, Wiring, 60, 70, 71, 80, 71);
        var score = Scorer.Score(Definition, marks);
        score.StageScores[Practical].ShouldBe(70.67m);
        score.Total.ShouldBe(49.47m);
    }

    [Fact]
    public void The_total_uses_unrounded_stage_scores_and_rounds_once()
    {
        // Theory (1 + 1 + 2) / 3 = 1.333… → 0.4 points exactly; rounding the stage first would give 0.399.
        var score = Scorer.Score(Definition, Marks(Theory, Quiz, 1, 1, 2));
        score.StageScores[Theory].ShouldBe(1.33m);
        score.Total.ShouldBe(0.4m);
    }

    [Fact]
    public void Deductions_larger_than_the_score_clamp_the_stage_at_zero()
    {
        var marks = Marks(Practical, Wiring, 3).Concat(Marks(Practical, Safety, 10));
        Scorer.StageScore(PracticalStage, marks).Rounded.ShouldBe(0m);
    }

    [Fact]
    public void A_stage_score_never_exceeds_its_maximum()
    {
        var stage = new StageDefinition(Theory, 30, AggregationRule.Mean, 0, [new CriterionDefinition(Quiz, CriterionKind.Measurement, 100)]);
        Scorer.StageScore(stage, Marks(Theory, Quiz, 150)).Rounded.ShouldBe(100m);
    }

    [Fact]
    public void A_stage_with_no_marks_scores_zero()
    {
        var score = Scorer.Score(Definition, Marks(Theory, Quiz, 90));
        score.StageScores[Practical].ShouldBe(0m);
        score.Total.ShouldBe(27m);
    }

    [Fact]
    public void A_stage_with_maximum_zero_is_skipped_in_the_total()
    {
        var onlyDeductions = new StageDefinition(Practical, 70, AggregationRule.Mean, 0, [new CriterionDefinition(Safety, CriterionKind.Deduction, 5)]);
        var category = new CategoryDefinition([TheoryStage, onlyDeductions]);
        Scorer.Score(category, Marks(Theory, Quiz, 50).Concat(Marks(Practical, Safety, 3))).Total.ShouldBe(15m);
    }

    [Fact]
    public void Marks_of_other_stages_and_unknown_criteria_are_ignored()
    {
        var marks = Marks(Practical, Quiz, 50).Concat(Marks(Theory, Wiring, 50)).Concat(Marks(Guid.NewGuid(), Quiz, 50));
        Scorer.Score(Definition, marks).Total.ShouldBe(0m);
    }

    [Fact]
    public void Median_stages_score_the_middle_judge()
    {
        var stage = PracticalStage with { Rule = AggregationRule.Median, Trim = 0 };
        Scorer.StageScore(stage, Marks(Practical, Wiring, 40, 80, 60, 70)).Unrounded.ShouldBe(65m);
    }

    [Fact]
    public void A_perfect_entry_totals_100()
    {
        var marks = Marks(Theory, Quiz, 100).Concat(Marks(Practical, Wiring, 80, 80, 80)).Concat(Marks(Practical, Workmanship, 20));
        Scorer.Score(Definition, marks).Total.ShouldBe(100m);
    }
}
