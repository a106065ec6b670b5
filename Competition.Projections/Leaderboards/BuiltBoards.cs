using System.Collections.Concurrent;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// The board this process's projection built last, per category, so that the live push takes the board a notification
/// names from memory instead of reading and parsing it back from the database (a 3,000-row board is about 600 KB of
/// JSON, read once per push). A board is put here when built, before its batch commits: it is taken only for the exact
/// sequence a notification (sent on commit) names, and the board of a sequence is the same whichever batch built it, so
/// a board that has not committed is never shown. A node whose projection runs elsewhere finds nothing and reads.
/// </summary>
public static class BuiltBoards
{
    static readonly ConcurrentDictionary<Guid, LeaderboardView> Latest = new();

    public static void Put(LeaderboardView board) => Latest[board.CategoryId] = board;

    public static void Remove(Guid categoryId) => Latest.TryRemove(categoryId, out _);

    /// <summary>The board of <paramref name="sequence"/> if it is the last one built here; null otherwise.</summary>
    public static LeaderboardView? Of(Guid contestId, Guid categoryId, long sequence) =>
        Latest.TryGetValue(categoryId, out var board) && board.ContestId == contestId && board.Sequence == sequence ? board : null;
}
