using System.Diagnostics;
using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Marten;

namespace Competition.Store.Tests;

/// <summary>Where the leaderboard projection has got (its shard's row in mt_event_progression), by polling.</summary>
internal static class Board
{
    public static async Task<long> ReachedAsync(this IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return await ProjectionProgress.ReachedAsync(session, LeaderboardProjection.ShardName, CancellationToken.None);
    }

    public static async Task<long> HeadAsync(this IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return await ProjectionProgress.HeadAsync(session, CancellationToken.None);
    }

    /// <summary>Polls until the board has reached <paramref name="sequence"/>; how long that took. Fails past the timeout.</summary>
    public static async Task<TimeSpan> WaitForBoardAsync(this IDocumentStore store, long sequence, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        await using var session = store.QuerySession();
        var reached = await ProjectionProgress.WaitForAsync(session, LeaderboardProjection.ShardName, sequence, timeout, CancellationToken.None);
        reached.ShouldBeTrue($"the board had reached {await store.ReachedAsync()}, not {sequence}, after {timeout}");
        return clock.Elapsed;
    }

    public static async Task<TimeSpan> WaitForBoardAtHeadAsync(this IDocumentStore store, TimeSpan timeout) =>
        await store.WaitForBoardAsync(await store.HeadAsync(), timeout);
}
