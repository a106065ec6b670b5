using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Scoring;
using Competition.Projections.Contests;
using Marten;
using Wolverine.Http;

namespace Competition.Api.Judging;

public sealed record CriterionLine(Guid StageId, Guid CriterionId, string CriterionName, int Marks, decimal MeanSigned, decimal MeanAbsolute);

public sealed record StageLine(Guid StageId, string StageName, int Entries, double? Spearman);

/// <summary><c>flags</c>: <c>harsh</c> or <c>lenient</c> when the mean signed share is at least <see cref="JudgeAnalysisEndpoint.Share"/> below
/// or above the panel; <c>inconsistent</c> when a stage's agreement is under <see cref="JudgeAnalysisEndpoint.Agreement"/>.</summary>
public sealed record JudgeLine(
    Guid JudgeId, string Name, string Organization, bool Chief, int Marks, decimal MeanSignedShare, decimal MeanAbsoluteShare,
    double? LeastAgreement, IReadOnlyList<string> Flags, IReadOnlyList<CriterionLine> Criteria, IReadOnlyList<StageLine> Stages);

public sealed record AnalysisThresholds(decimal Share, double Agreement);

public sealed record JudgeAnalysisView(Guid ContestId, Guid CategoryId, AnalysisThresholds Thresholds, IReadOnlyList<JudgeLine> Judges);

public static class JudgeAnalysisEndpoint
{
    public const decimal Share = 0.05m;
    public const double Agreement = 0.6;

    /// The organizer's and the category's chief judges' only: how each judge marks next to the panel.
    [WolverineGet("/api/contests/{cid:guid}/categories/{catId:guid}/judges/analysis")]
    public static async Task<JudgeAnalysisView> Handle(
        Guid cid, Guid catId, HttpContext http, Access access, IQuerySession session, Awards.FinalRanking ranking, CancellationToken ct)
    {
        var (snapshot, judgeId) = await access.OrganizerOrJudgeAsync(http, cid, ct);
        Access.RequireChiefOf(snapshot, judgeId, catId, "Only the organizer and the category's chief judges see the judge analysis");
        http.Response.Headers.CacheControl = "private, no-store";
        var contest = await session.ContestAsync(cid, ct) ?? throw new Domain.NotFound("Contest not found");
        var category = contest.Category(catId) ?? throw new Domain.NotFound("Category not found in this contest");
        var state = snapshot.Active.Category(catId) ?? throw new Domain.NotFound("Category not found in this contest");
        var sheets = await ranking.SheetsAsync(session, snapshot.Active, state, ct);
        var analysis = JudgeAnalysis.Analyse(state.Definition(), [.. sheets.Marks]).ToDictionary(j => j.JudgeId);
        var criteria = category.Stages.SelectMany(s => s.Criteria.Select(c => (c.Id, c.Name))).ToDictionary(c => c.Id, c => c.Name);
        var stages = category.Stages.ToDictionary(s => s.Id, s => s.Name);
        var judges = contest.Judges.Where(j => j.CategoryIds.Contains(catId)).OrderBy(j => j.Name, StringComparer.Ordinal).Select(j =>
        {
            if (!analysis.TryGetValue(j.Id, out var a)) return new JudgeLine(j.Id, j.Name, j.Organization, j.Chief, 0, 0, 0, null, [], [], []);
            List<string> flags = [];
            if (a.MeanSignedShare <= -Share) flags.Add("harsh");
            if (a.MeanSignedShare >= Share) flags.Add("lenient");
            if (a.LeastAgreement < Agreement) flags.Add("inconsistent");
            return new JudgeLine(j.Id, j.Name, j.Organization, j.Chief, a.Marks, a.MeanSignedShare, a.MeanAbsoluteShare, a.LeastAgreement, flags,
                [.. a.Criteria.Select(c => new CriterionLine(c.StageId, c.CriterionId, criteria[c.CriterionId], c.Marks, c.MeanSigned, c.MeanAbsolute))],
                [.. a.Stages.Select(s => new StageLine(s.StageId, stages[s.StageId], s.Entries, s.Spearman))]);
        }).ToList();
        return new(cid, catId, new(Share, Agreement), judges);
    }
}
