using System.Collections.Concurrent;
using Competition.Projections.Leaderboards;
using Marten;

namespace Competition.Api.Live;

/// <summary>
/// Where a pushed board comes from: the board a commit notification named, from the projection's memory when this
/// process built it (<see cref="BuiltBoards"/>), else read from storage. A category's groups (the whole board and each
/// window) share each read.
/// </summary>
sealed class PushedBoards(IDocumentStore store)
{
    readonly Writing.SharedReads<(Guid, Guid), LeaderboardView?> reads = new();
    /// <summary>Per category, the highest board sequence a notification (sent on commit) named.</summary>
    readonly ConcurrentDictionary<(Guid, Guid), long> committed = new();

    public void Committed(Guid contestId, Guid categoryId, long sequence) =>
        committed.AddOrUpdate((contestId, categoryId), sequence, (_, known) => Math.Max(known, sequence));

    /// <summary>After the listener was away: notifications sent meanwhile are lost, so the highest one heard may name a
    /// board older than the newest committed, and the next read of each category goes to storage.</summary>
    public void Forget() => committed.Clear();

    public Task<LeaderboardView?> ReadAsync(Guid contestId, Guid categoryId) =>
        reads.ReadAsync((contestId, categoryId), async () =>
        {
            if (committed.TryGetValue((contestId, categoryId), out var sequence) && BuiltBoards.Of(contestId, categoryId, sequence) is { } built)
                return built;
            await using var session = store.QuerySession();
            return await session.LeaderboardAsync(contestId, categoryId, CancellationToken.None);
        }, CancellationToken.None);
}
