using Competition.Projections.Contests;
using Marten;

namespace Competition.Projections.Leaderboards;

public static class BoardQueries
{
    /// <summary>The stored board; an empty one (sequence 0) for a known category the projection has
    /// not reached yet; null for an unknown contest or category.</summary>
    public static Task<LeaderboardView?> LeaderboardAsync(this IQuerySession session, Guid contestId, Guid categoryId, CancellationToken ct) =>
        session.LeaderboardAsync(contestId, categoryId, int.MaxValue, 0, ct);

    /// <summary>As <see cref="LeaderboardAsync(IQuerySession, Guid, Guid, CancellationToken)"/>, the rows ranked
    /// <paramref name="offset"/>+1 … <paramref name="offset"/>+<paramref name="top"/> with the whole board's <c>count</c>
    /// (see <see cref="LeaderboardView.Window"/>); only those rows are read.</summary>
    public static async Task<LeaderboardView?> LeaderboardAsync(this IQuerySession session, Guid contestId, Guid categoryId, int top, int offset, CancellationToken ct)
    {
        if (await BoardReads.ReadAsync(session, categoryId, top, offset, ct) is { } board && board.ContestId == contestId) return board;
        if (!await session.CategoryExistsAsync(contestId, categoryId, ct)) return null;
        var empty = LeaderboardView.Empty(contestId, categoryId, 0);
        return top == int.MaxValue && offset == 0 ? empty : empty.Window(top, offset);
    }

    /// <summary>As <see cref="LeaderboardAsync"/>, for the category's awards view.</summary>
    public static async Task<AwardsView?> AwardsAsync(this IQuerySession session, Guid contestId, Guid categoryId, CancellationToken ct) =>
        await session.LoadAsync<AwardsView>(categoryId, ct) is { } awards && awards.ContestId == contestId
            ? awards
            : await session.CategoryExistsAsync(contestId, categoryId, ct) ? AwardsView.Empty(contestId, categoryId, 0) : null;

    /// <summary>As <see cref="LeaderboardAsync"/>, for a points category's standings.</summary>
    public static async Task<PointsStandingsView?> StandingsAsync(this IQuerySession session, Guid contestId, Guid categoryId, CancellationToken ct) =>
        await session.LoadAsync<PointsStandingsView>(categoryId, ct) is { } standings && standings.ContestId == contestId
            ? standings
            : await session.CategoryExistsAsync(contestId, categoryId, ct) ? PointsStandingsView.Empty(contestId, categoryId, 0) : null;
}
