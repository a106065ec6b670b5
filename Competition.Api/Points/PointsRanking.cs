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
        var (granted, revoked) = await GrantsAsync(session, contest.Id, category.Id, ct);
        return PointsStandings.Rank(ranked,
            category.Reasons.Select(r => new StandingReason(r.Code, r.Points, r.CapPerEntry)),
            granted.Select(g => new StandingGrant(g.EntryId, g.ReasonCode, g.Points, g.Quantity, revoked.Contains(g.GrantId))));
    }

    /// <summary>Every grant of the category, in log order, and the ids of those revoked. Grants have streams of their own,
    /// found by their events' type; the contest and category are read from their data.</summary>
    public static async Task<(IReadOnlyList<PointsGranted> Granted, IReadOnlySet<Guid> Revoked)> GrantsAsync(
        IQuerySession session, Guid contestId, Guid categoryId, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypesAre(typeof(PointsGranted), typeof(PointsRevoked))).OrderBy(e => e.Sequence).ToListAsync(ct);
        var granted = events.Select(e => e.Data).OfType<PointsGranted>().Where(g => g.ContestId == contestId && g.CategoryId == categoryId).ToList();
        var revoked = events.Select(e => e.Data).OfType<PointsRevoked>().Where(r => r.ContestId == contestId && r.CategoryId == categoryId)
            .Select(r => r.GrantId).ToHashSet();
        return (granted, revoked);
    }

    public async Task<IReadOnlyList<RankedRow>> RankAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct) =>
        PointsStandings.ForAwards(await StandingsAsync(session, contest, category, ct));
}
