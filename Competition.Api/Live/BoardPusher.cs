using System.Collections.Concurrent;
using Competition.Projections.Leaderboards;
using Competition.Projections.Live;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// Who watches which board (<see cref="BoardGroup"/>): a Watch joins a group and is sent its board at once; a change
/// announced is sent on by <see cref="BoardSends"/>.
/// </summary>
public sealed class BoardPusher(IHubContext<LeaderboardHub> hub, IDocumentStore store, ConnectionWatches watches, BoardSends sends)
{
    readonly ConcurrentDictionary<BoardGroup, GroupState> groups = new();

    /// <summary>
    /// Joins the group, then sends the caller the current board and awards view. False for an unknown
    /// category. While no change is announced, Watches share one read of the views, so a crowd of screens
    /// connecting at once costs the database next to nothing.
    /// </summary>
    public async Task<bool> WatchAsync(string connectionId, BoardGroup group, CancellationToken ct)
    {
        if (!(groups.TryGetValue(group, out var known) && known.Board is not null))
        {
            await using var session = store.QuerySession();
            // Whether the category exists: one row is enough to tell.
            if (await session.LeaderboardAsync(group.ContestId, group.CategoryId, top: 1, offset: 0, ct) is null) return false;
        }
        // Watching twice changes nothing: the connection already gets every board, and a resend on each call
        // would let one client multiply the server's output at will.
        if (!watches.Add(connectionId, group)) return true;
        var state = groups.GetOrAdd(group, _ => new GroupState());
        lock (state.Connections) state.Connections.Add(connectionId);
        await hub.Groups.AddToGroupAsync(connectionId, group.Name, ct);

        await state.Gate.WaitAsync(ct);
        try
        {
            // Full fence, after joining: an announcement racing this Watch either sets Stale before it is read
            // here (we read again) or sees the connection already watching (its drain sends the new board).
            if (Interlocked.Exchange(ref state.Stale, 0) == 1 || state.Board is null)
            {
                try
                {
                    await using var session = store.QuerySession();
                    state.Board = await session.LeaderboardAsync(group.ContestId, group.CategoryId, ct);
                    state.AwardsView = await session.AwardsAsync(group.ContestId, group.CategoryId, ct);
                }
                catch
                {
                    Volatile.Write(ref state.Stale, 1);
                    throw;
                }
            }
            var client = hub.Clients.Client(connectionId);
            if (state.Board is { } board)
            {
                var shown = group.Shown(board);
                await client.SendAsync("leaderboard", shown, ct);
                state.FirstWatcherSent(group, board, shown);
            }
            if (state.AwardsView is { } awards) await client.SendAsync("awards", awards, ct);
        }
        finally { state.Gate.Release(); }
        return true;
    }

    /// <summary>Stops every watch of the category by this connection: the whole board and its windows.</summary>
    public async Task UnwatchAsync(string connectionId, Guid contestId, Guid categoryId)
    {
        foreach (var group in watches.Remove<BoardGroup>(connectionId, g => g.OfCategory(contestId, categoryId)))
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, group.Name);
            Forget(connectionId, group);
        }
    }

    /// <summary>A closed connection's watches (<see cref="ConnectionWatches.Disconnected"/>): SignalR drops it from its groups itself.</summary>
    public void Disconnected(string connectionId, IEnumerable<BoardGroup> held)
    {
        foreach (var group in held) Forget(connectionId, group);
    }

    void Forget(string connectionId, BoardGroup group)
    {
        if (groups.TryGetValue(group, out var state)) lock (state.Connections) state.Connections.Remove(connectionId);
    }

    /// <summary>A board changed (or may have: after a listener reconnect). Returns at once; sending happens behind.</summary>
    public void Announce(Guid contestId, Guid categoryId, BoardKind kind, long sequence)
    {
        sends.Committed(contestId, categoryId, kind, sequence);
        foreach (var (group, state) in groups)
            if (group.OfCategory(contestId, categoryId)) sends.Announce(group, state, kind, sequence);
    }

    /// <summary>Every watched group, both kinds: used after the listener was away, so nothing is missed.</summary>
    public void AnnounceAll()
    {
        sends.ListenerReconnected();
        foreach (var (group, state) in groups)
        {
            sends.Announce(group, state, BoardKind.Leaderboard, long.MaxValue);
            sends.Announce(group, state, BoardKind.Awards, long.MaxValue);
        }
    }
}

