using Competition.Api.Points;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Marten;

namespace Competition.Api.Awards;

/// <summary>
/// Where a category's final ranking comes from, by the contest's kind: a skills category is ranked from its sheets once
/// every stage is closed; a labour category from its season standings once every round is published; a points category from
/// its grants once the contest is finished. The awards decisions take
/// "ready" for what the Domain calls AllStagesClosed: the ranking is final.
/// </summary>
public sealed class RankingSources(FinalRanking sheets, PointsRanking points, Labour.SeasonRanking season)
{
    public static bool Ready(ContestState.Active contest, CategoryState category) => contest.Kind switch
    {
        ContestKind.Points => contest.Finished,
        ContestKind.Labour => category.AllRoundsPublished,
        _ => category.AllStagesClosed,
    };

    /// The final ranking, or a refusal saying what it waits for (a skills category's is the Domain's own, empty rows).
    public async Task<IReadOnlyList<RankedRow>> RankAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct)
    {
        switch (contest.Kind)
        {
            case ContestKind.Points:
                if (!contest.Finished) throw new RuleViolation("The contest must be finished before awards are proposed");
                return await points.RankAsync(session, contest, category, ct);
            case ContestKind.Labour:
                // A labour category's awards come from its season standings, once every round is published.
                if (!category.AllRoundsPublished)
                    throw new RuleViolation($"Every round of category {category.Name} must be published before awards are proposed");
                return await season.RankAsync(session, contest, category, ct);
            default:
                return category.AllStagesClosed ? await sheets.RankAsync(session, contest, category, ct) : [];
        }
    }
}
