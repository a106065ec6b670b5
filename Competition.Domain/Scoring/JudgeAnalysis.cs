using MathNet.Numerics.Statistics;

namespace Competition.Domain.Scoring;

/// <summary>One mark as a judge gave it.</summary>
public sealed record GivenMark(Guid JudgeId, Guid EntryId, Guid StageId, Guid CriterionId, decimal Points);

/// <summary>A judge against the panel on one criterion, over the entries the judge marked on it: the difference of each
/// mark to the criterion's aggregate for that entry (as the board scores it), in points. Negative is harsher than the
/// panel (for a deduction, deducting more).</summary>
public sealed record CriterionDeviation(Guid StageId, Guid CriterionId, int Marks, decimal MeanSigned, decimal MeanAbsolute);

/// <summary>How a judge's ranking of a stage's entries (by the judge's own marks) agrees with the panel's (by stage
/// score): Spearman's rank correlation, ties by average rank; null under 3 entries or when either ranking is all ties.</summary>
public sealed record StageAgreement(Guid StageId, int Entries, double? Spearman);

/// <summary>Differences are also given as a share of the criterion's maximum, averaged over every mark, so criteria out
/// of 10 and out of 100 weigh alike in the judge's overall figures.</summary>
public sealed record JudgeDeviation(
    Guid JudgeId, int Marks, decimal MeanSignedShare, decimal MeanAbsoluteShare,
    IReadOnlyList<CriterionDeviation> Criteria, IReadOnlyList<StageAgreement> Stages)
{
    /// <summary>The lowest agreement over the judge's stages, or null when none could be worked out.</summary>
    public double? LeastAgreement => Stages.Select(s => s.Spearman).OfType<double>().DefaultIfEmpty(double.NaN).Min() is var m && double.IsNaN(m) ? null : m;
}

/// <summary>Judge analysis (裁判评分分析): who marks harder, softer or out of line with the panel.</summary>
public static class JudgeAnalysis
{
    public static IReadOnlyList<JudgeDeviation> Analyse(CategoryDefinition category, IReadOnlyCollection<GivenMark> marks)
    {
        var stages = category.Stages.ToDictionary(s => s.Id);
        var known = marks.Where(m => stages.TryGetValue(m.StageId, out var s) && s.Criteria.Any(c => c.Id == m.CriterionId)).ToList();
        var byEntry = known.ToLookup(m => m.EntryId);
        var aggregates = new Dictionary<(Guid Entry, Guid Criterion), decimal>();
        var stageScores = new Dictionary<(Guid Entry, Guid Stage), decimal>();
        foreach (var entry in byEntry)
        {
            var points = CriterionPoints.Of(entry.Select(m => new Mark(m.JudgeId, m.StageId, m.CriterionId, m.Points)));
            foreach (var stage in category.Stages)
            {
                stageScores[(entry.Key, stage.Id)] = Scorer.StageScore(stage, points).Unrounded;
                foreach (var criterion in stage.Criteria)
                    aggregates[(entry.Key, criterion.Id)] = CriterionScore(stage, criterion, points.Of(stage.Id, criterion.Id));
            }
        }

        return [.. known.GroupBy(m => m.JudgeId).OrderBy(g => g.Key).Select(judge =>
        {
            var differences = judge.Select(m =>
            {
                var criterion = stages[m.StageId].Criteria.First(c => c.Id == m.CriterionId);
                var difference = m.Points - aggregates[(m.EntryId, m.CriterionId)];
                var signed = criterion.Kind == CriterionKind.Deduction ? -difference : difference;
                return (Mark: m, Signed: signed, Share: signed / criterion.MaxPoints);
            }).ToList();
            var criteria = differences.GroupBy(d => (d.Mark.StageId, d.Mark.CriterionId))
                .Select(g => new CriterionDeviation(g.Key.StageId, g.Key.CriterionId, g.Count(),
                    Rounding.Round2(g.Average(d => d.Signed)), Rounding.Round2(g.Average(d => Math.Abs(d.Signed)))))
                .ToList();
            var agreement = judge.GroupBy(m => m.StageId).Select(stage => Agreement(stages[stage.Key], stage, stageScores)).ToList();
            return new JudgeDeviation(judge.Key, differences.Count,
                Math.Round(differences.Average(d => d.Share), 4, MidpointRounding.AwayFromZero),
                Math.Round(differences.Average(d => Math.Abs(d.Share)), 4, MidpointRounding.AwayFromZero),
                criteria, agreement);
        })];
    }

    /// <summary>A criterion's score as <see cref="Scorer.StageScore(StageDefinition, CriterionPoints)"/> counts it, unsigned.</summary>
    static decimal CriterionScore(StageDefinition stage, CriterionDefinition criterion, IReadOnlyList<decimal> given) =>
        criterion.Kind == CriterionKind.Judgement ? Scorer.Aggregate(stage.Rule, stage.Trim, given) : Scorer.Mean(given);

    static StageAgreement Agreement(StageDefinition stage, IEnumerable<GivenMark> judgeMarks, Dictionary<(Guid, Guid), decimal> stageScores)
    {
        var kinds = stage.Criteria.ToDictionary(c => c.Id, c => c.Kind);
        var own = judgeMarks.GroupBy(m => m.EntryId)
            .Select(e => (Entry: e.Key, Own: (double)e.Sum(m => kinds[m.CriterionId] == CriterionKind.Deduction ? -m.Points : m.Points)))
            .ToList();
        if (own.Count < 3) return new(stage.Id, own.Count, null);
        var panel = own.Select(e => (double)stageScores[(e.Entry, stage.Id)]).ToList();
        var spearman = Correlation.Spearman(own.Select(e => e.Own), panel);
        return new(stage.Id, own.Count, double.IsFinite(spearman) ? Math.Round(spearman, 4) : null);
    }
}
