namespace Competition.Domain.Tests.Scoring;

/// A panel of five on one 10-point judgement criterion over six entries: three fair judges give each entry its
/// quality, a harsh one gives two less, an erratic one ranks the entries the other way round. The expected figures are
/// worked out here by hand from the marks, not with the engine's scoring.
public class JudgeAnalysisTests
{
    static readonly Guid Stage = Guid.Parse("00000000-0000-0000-0000-0000000005a1");
    static readonly Guid Work = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    static readonly Guid[] Fair = [Id(1), Id(2), Id(3)];
    static readonly Guid Harsh = Id(4), Erratic = Id(5);
    static readonly decimal[] Quality = [9, 8, 7, 6, 5, 4];
    static readonly Guid[] Entries = [.. Enumerable.Range(11, 6).Select(Id)];

    static Guid Id(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    static CategoryDefinition Category(AggregationRule rule = AggregationRule.Mean, int trim = 0) =>
        new([new StageDefinition(Stage, 100, rule, trim, [new CriterionDefinition(Work, CriterionKind.Judgement, 10)])]);

    static List<GivenMark> Marks()
    {
        var marks = new List<GivenMark>();
        for (var e = 0; e < Entries.Length; e++)
        {
            foreach (var judge in Fair) marks.Add(new(judge, Entries[e], Stage, Work, Quality[e]));
            marks.Add(new(Harsh, Entries[e], Stage, Work, Quality[e] - 2));
            marks.Add(new(Erratic, Entries[e], Stage, Work, Quality[^(e + 1)]));
        }
        return marks;
    }

    [Fact]
    public void The_harsh_judge_is_the_most_negative_and_the_erratic_one_the_furthest_and_least_in_agreement()
    {
        var analysis = JudgeAnalysis.Analyse(Category(), Marks()).ToDictionary(j => j.JudgeId);

        // By hand: the panel's mean of an entry is (3q + (q − 2) + (13 − q)) / 5 = (3q + 11) / 5.
        decimal Mean(decimal q) => (3 * q + 11) / 5;
        var harshSigned = Quality.Average(q => (q - 2) - Mean(q));
        var erraticSigned = Quality.Average(q => (13 - q) - Mean(q));
        var erraticAbsolute = Quality.Average(q => Math.Abs((13 - q) - Mean(q)));
        var fairSigned = Quality.Average(q => q - Mean(q));

        var harsh = analysis[Harsh];
        harsh.Criteria.Single().MeanSigned.ShouldBe(Math.Round(harshSigned, 2, MidpointRounding.AwayFromZero));
        harsh.MeanSignedShare.ShouldBe(Math.Round(harshSigned / 10, 4, MidpointRounding.AwayFromZero));
        harsh.Stages.Single().Spearman.ShouldBe(1.0);
        analysis.Values.MinBy(j => j.MeanSignedShare)!.JudgeId.ShouldBe(Harsh);

        var erratic = analysis[Erratic];
        erratic.Criteria.Single().MeanSigned.ShouldBe(Math.Round(erraticSigned, 2, MidpointRounding.AwayFromZero));
        erratic.Criteria.Single().MeanAbsolute.ShouldBe(Math.Round(erraticAbsolute, 2, MidpointRounding.AwayFromZero));
        erratic.Stages.Single().Spearman.ShouldBe(-1.0);
        analysis.Values.MaxBy(j => j.MeanAbsoluteShare)!.JudgeId.ShouldBe(Erratic);

        foreach (var judge in Fair)
        {
            analysis[judge].Criteria.Single().MeanSigned.ShouldBe(Math.Round(fairSigned, 2, MidpointRounding.AwayFromZero));
            analysis[judge].Stages.Single().Spearman.ShouldBe(1.0);
            analysis[judge].Marks.ShouldBe(6);
        }
    }

    [Fact]
    public void A_deduction_given_more_than_the_panel_counts_as_harsh()
    {
        var deduction = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
        var category = new CategoryDefinition([new StageDefinition(Stage, 100, AggregationRule.Mean, 0,
            [new CriterionDefinition(Work, CriterionKind.Judgement, 10), new CriterionDefinition(deduction, CriterionKind.Deduction, 5)])]);
        var marks = Marks().Where(m => m.JudgeId != Erratic).ToList();
        foreach (var entry in Entries)
        {
            foreach (var judge in Fair) marks.Add(new(judge, entry, Stage, deduction, 1));
            marks.Add(new(Harsh, entry, Stage, deduction, 3));
        }
        var harsh = JudgeAnalysis.Analyse(category, marks).Single(j => j.JudgeId == Harsh);
        // The panel's mean deduction is (3 × 1 + 3) / 4 = 1.5; the harsh judge deducted 1.5 more.
        harsh.Criteria.Single(c => c.CriterionId == deduction).MeanSigned.ShouldBe(-1.5m);
    }

    [Fact]
    public void Agreement_needs_three_entries_and_a_ranking_that_is_not_all_ties()
    {
        var two = Marks().Where(m => m.EntryId == Entries[0] || m.EntryId == Entries[1]).ToList();
        JudgeAnalysis.Analyse(Category(), two).ShouldAllBe(j => j.Stages.Single().Spearman == null && j.Stages.Single().Entries == 2);
        var flat = Marks().Select(m => m.JudgeId == Harsh ? m with { Points = 5 } : m).ToList();
        JudgeAnalysis.Analyse(Category(), flat).Single(j => j.JudgeId == Harsh).Stages.Single().Spearman.ShouldBeNull();
    }

    [Fact]
    public void The_panel_aggregate_is_the_stage_rule_here_a_trimmed_mean()
    {
        var analysis = JudgeAnalysis.Analyse(Category(AggregationRule.TrimmedMean, 1), Marks()).ToDictionary(j => j.JudgeId);
        // By hand: each entry's five marks sorted, the lowest and highest dropped, the middle three averaged.
        decimal Trimmed(decimal q) => new[] { q, q, q, q - 2, 13 - q }.Order().Skip(1).Take(3).Average();
        var fairSigned = Quality.Average(q => q - Trimmed(q));
        var harshSigned = Quality.Average(q => (q - 2) - Trimmed(q));
        analysis[Fair[0]].Criteria.Single().MeanSigned.ShouldBe(Math.Round(fairSigned, 2, MidpointRounding.AwayFromZero));
        analysis[Harsh].Criteria.Single().MeanSigned.ShouldBe(Math.Round(harshSigned, 2, MidpointRounding.AwayFromZero));
        analysis[Harsh].MeanSignedShare.ShouldBeLessThan(analysis[Fair[0]].MeanSignedShare);
    }
}
