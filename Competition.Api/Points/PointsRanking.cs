using Competition.Api.Writing;
using Competition.Domain.Contests;
using Competition.Domain.Points;
using Competition.Domain.Scoring;
using Marten;
using Marten.Events;

namespace Competition.Api.Points;

/// A points category's standings computed straight from the log with the Domain's rules, so a proposal never depends
/// on how far the daemon has got: the ranked entries from their streams, the reasons from the contest's state, every
/// grant and revocation of the category.
public sealed class PointsRanking(EntryStates entries)
{
    public async Task<IReadOnlyList<StandingRow>> StandingsAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct)
    {
        var ranked = (await entries.OfCategoryAsync(contest.Id, category.Id, ct)).Where(e => e.State.IsRanked).Select(e => e.State.Id);
        // Grants have streams of their own, found by their events' type; the category is read from their data.
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypesAre(typeof(PointsGranted), typeof(PointsRevoked))).ToListAsync(ct);
        var granted = events.Select(e => e.Data).OfType<PointsGranted>().Where(g => g.CategoryId == category.Id).ToList();
        var revoked = events.Select(e => e.Data).OfType<PointsRevoked>().Where(r => r.CategoryId == category.Id).Select(r => r.GrantId).ToHashSet();
        return PointsStandings.Rank(ranked,
            category.Reasons.Select(r => new StandingReason(r.Code, r.Points, r.CapPerEntry)),
            granted.Where(g => g.ContestId == contest.Id)
                .Select(g => new StandingGrant(g.EntryId, g.ReasonCode, g.Points, g.Quantity, revoked.Contains(g.GrantId))));
    }

    public async Task<IReadOnlyList<RankedRow>> RankAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct) =>
        PointsStandings.ForAwards(await StandingsAsync(session, contest, category, ct));
}
