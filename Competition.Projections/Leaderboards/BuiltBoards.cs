using System.Collections.Concurrent;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// The boards this process's projection built last, per category, so that the live push takes the board a notification
/// names from memory instead of reading and parsing it back from the database (a 3,000-row board is about 600 KB of
/// JSON, read once per push). A board is put here when built, before its batch commits: it is taken only for the exact
/// sequence a notification (sent on commit) names, and the board of a sequence is the same whichever batch built it, so
/// a board that has not committed is never shown. The last few are kept, not the last one only: by the time a push
/// reads the board it was told of, the next batch has often built a newer one, not committed yet (at 3,000 entries a
/// read from the database in its place cost PostgreSQL some 80 ms, a sixth of its work per mark: bench/ screen with
/// pg_stat_statements). A node whose projection runs elsewhere finds nothing and reads.
/// </summary>
public static class BuiltBoards
{
    const int Kept = 4;
    static readonly ConcurrentDictionary<Guid, LeaderboardView[]> Latest = new();

    /// <summary>Called by the projection alone. A board of a sequence at or below one kept (a batch built again after a
    /// rollback, a rebuild) replaces those from there on.</summary>
    public static void Put(LeaderboardView board) =>
        Latest.AddOrUpdate(board.CategoryId, _ => [board],
            (_, kept) => [.. kept.Where(b => b.Sequence < board.Sequence).TakeLast(Kept - 1), board]);

    public static void Remove(Guid categoryId) => Latest.TryRemove(categoryId, out _);

    /// <summary>The board of <paramref name="sequence"/> if it is among the last ones built here; null otherwise.</summary>
    public static LeaderboardView? Of(Guid contestId, Guid categoryId, long sequence) =>
        Latest.TryGetValue(categoryId, out var kept) ? Array.Find(kept, b => b.ContestId == contestId && b.Sequence == sequence) : null;
}
