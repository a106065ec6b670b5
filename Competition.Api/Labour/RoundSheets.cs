using Competition.Api.Awards;
using Competition.Domain.Contests;
using Marten;

namespace Competition.Api.Labour;

/// A round's assessment sheets straight from the log: every assessor of the category × the units.
public static class RoundSheets
{
    public static Task<IReadOnlyList<SheetOnFile>> ReadAsync(
        IQuerySession session, ContestState.Active contest, CategoryState category, Guid roundId, IReadOnlyList<Guid> entryIds, CancellationToken ct) =>
        FinalRanking.ReadAsync(session,
            from judge in contest.Assessors(category.Id)
            from entry in entryIds
            select new SheetPlace(judge.Id, entry, roundId), ct);
}
