using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Domain.Labour;
using Competition.Domain.Scoring;
using Marten;

namespace Competition.Api.Labour;

/// A labour category's season standings computed straight from the log with the Domain's rules, so a proposal never
/// depends on how far the boards' projection has got: the published rounds' sheets read by stream id, the
/// self-assessments, vetoes and flags from the contest's state. Vetoed units are not ranked (一票否决).
public sealed class SeasonRanking(EntryStates entries)
{
    public async Task<IReadOnlyList<RankedRow>> RankAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct)
    {
        var scheme = category.Scheme ?? throw new Domain.RuleViolation($"Category {category.Name} has no scheme");
        var units = (await entries.OfCategoryAsync(contest.Id, category.Id, ct)).Where(e => e.State.IsRanked).Select(e => e.State.Id).ToList();
        var assessors = contest.Assessors(category.Id).Select(j => j.Id).ToHashSet();
        var published = new List<PublishedRound>();
        foreach (var round in category.Rounds.Where(r => r.Status == RoundStatus.Published).OrderBy(r => r.StartsOn))
        {
            var sheets = (await RoundSheets.ReadAsync(session, contest, category, round.Id, units, ct)).Select(s => s.Assessed);
            var totals = RoundScoring.ScoreRound(scheme, round, units, sheets, assessors).ToDictionary(s => s.EntryId, s => s.Total);
            published.Add(new PublishedRound(round.Id, totals, round.Vetoes.Keys.ToHashSet(), round.Holders));
        }
        return [.. SeasonStandings.Rank(scheme.Season, units, published).Where(r => r.Rank is not null)
            .Select(r => new RankedRow(r.Rank!.Value, r.EntryId, r.Total, new Dictionary<Guid, decimal>()))];
    }
}
