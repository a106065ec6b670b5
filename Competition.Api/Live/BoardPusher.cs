using System.Collections.Concurrent;
using Competition.Projections.Leaderboards;
using Competition.Projections.Live;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// Sends boards to watchers. Announcements for a group are coalesced: while a send is in flight,
/// further announcements only set a flag, and the next send reads the newest board, so a burst of
/// marks costs one read and one message per group, never an older board after a newer one. Boards come from
/// <see cref="PushedBoards"/>; a window group is sent a board only when its window changed; a large whole board at its
/// <see cref="WholeBoardPace"/>.
/// </summary>
public sealed class BoardPusher(IHubContext<LeaderboardHub> hub, IDocumentStore store, WholeBoardPace pace, ILogger<BoardPusher> logger)
{
    /// <summary>How many groups one connection may watch: each window is work on every change of its board.</summary>
    public const int MaxGroupsPerConnection = 20;
    readonly ConcurrentDictionary<BoardGroup, GroupState> groups = new();
    readonly ConcurrentDictionary<string, HashSet<BoardGroup>> byConnection = new();
    readonly PushedBoards boards = new(store);

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
        var state = groups.GetOrAdd(group, _ => new GroupState());
        // Watching twice changes nothing: the connection already gets every board, and a resend on each call
        // would let one client multiply the server's output at will.
        lock (state.Connections)
            if (!state.Connections.Add(connectionId)) return true;
        var mine = byConnection.GetOrAdd(connectionId, _ => []);
        lock (mine)
        {
            if (mine.Count >= MaxGroupsPerConnection && !mine.Contains(group))
            {
                lock (state.Connections) state.Connections.Remove(connectionId);
                throw new HubException($"A connection watches at most {MaxGroupsPerConnection} boards or windows.");
            }
            mine.Add(group);
        }
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
        if (!byConnection.TryGetValue(connectionId, out var mine)) return;
        List<BoardGroup> ofCategory;
        lock (mine)
        {
            ofCategory = [.. mine.Where(g => g.OfCategory(contestId, categoryId))];
            mine.ExceptWith(ofCategory);
        }
        foreach (var group in ofCategory)
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, group.Name);
            if (groups.TryGetValue(group, out var state)) lock (state.Connections) state.Connections.Remove(connectionId);
        }
    }

    /// <summary>SignalR drops a closed connection from its groups itself; this forgets it here.</summary>
    public void Disconnected(string connectionId)
    {
        if (!byConnection.TryRemove(connectionId, out var mine)) return;
        lock (mine)
            foreach (var group in mine)
                if (groups.TryGetValue(group, out var state)) lock (state.Connections) state.Connections.Remove(connectionId);
    }

    /// <summary>A board changed (or may have: after a listener reconnect). Returns at once; sending happens behind.</summary>
    public void Announce(Guid contestId, Guid categoryId, BoardKind kind, long sequence)
    {
        if (kind == BoardKind.Leaderboard) boards.Committed(contestId, categoryId, sequence);
        foreach (var (group, state) in groups)
            if (group.OfCategory(contestId, categoryId)) Announce(group, state, kind, sequence);
    }

    void Announce(BoardGroup group, GroupState state, BoardKind kind, long sequence)
    {
        // Before the Watched check, with a full fence: see WatchAsync.
        Interlocked.Exchange(ref state.Stale, 1);
        if (!state.Watched) return;
        var last = kind == BoardKind.Awards ? Volatile.Read(ref state.LastAwards) : Volatile.Read(ref state.LastLeaderboard);
        if (sequence <= last) return;
        Interlocked.Or(ref state.Pending, kind == BoardKind.Awards ? GroupState.Awards : GroupState.Leaderboard);
        if (Interlocked.CompareExchange(ref state.Draining, 1, 0) == 0) _ = Task.Run(() => DrainAsync(group, state));
    }

    /// <summary>Every watched group, both kinds: used after the listener was away, so nothing is missed.</summary>
    public void AnnounceAll()
    {
        foreach (var (group, state) in groups)
        {
            Announce(group, state, BoardKind.Leaderboard, long.MaxValue);
            Announce(group, state, BoardKind.Awards, long.MaxValue);
        }
    }

    async Task DrainAsync(BoardGroup group, GroupState state)
    {
        while (true)
        {
            var pending = Interlocked.Exchange(ref state.Pending, 0);
            if (pending == 0)
            {
                Volatile.Write(ref state.Draining, 0);
                // An announcement may have slipped in between the exchange and the release above.
                if (Volatile.Read(ref state.Pending) == 0 || Interlocked.CompareExchange(ref state.Draining, 1, 0) != 0) return;
                continue;
            }
            if ((pending & GroupState.Leaderboard) != 0 && WholeBoardPace.Wait(state) is { } wait)
            {
                // Too soon after the last whole large board: the awards go now, the board when its pace allows.
                Interlocked.Or(ref state.Pending, GroupState.Leaderboard);
                pending &= ~GroupState.Leaderboard;
                if (pending == 0)
                {
                    await Task.Delay(wait);
                    continue;
                }
            }
            await state.Gate.WaitAsync();
            try
            {
                if ((pending & GroupState.Leaderboard) != 0) await SendLeaderboardAsync(group, state);
                if ((pending & GroupState.Awards) != 0) await SendAwardsAsync(group, state);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Push to {Group} failed; the next change or reconnect sends the newest board", group.Name);
            }
            finally { state.Gate.Release(); }
        }
    }

    async Task SendLeaderboardAsync(BoardGroup group, GroupState state)
    {
        var board = await boards.ReadAsync(group.ContestId, group.CategoryId);
        if (board is null) return;
        state.Board = board;
        if (board.Sequence <= state.LastLeaderboard) return;
        // Every step of a reveal, in order, before the board that shows it: the screen animates each one.
        foreach (var step in board.Reveal?.Steps.Where(s => s.Step > state.LastRevealStep) ?? [])
        {
            await hub.Clients.Group(group.Name).SendAsync("reveal", step);
            state.LastRevealStep = step.Step;
        }
        var shown = group.Shown(board);
        if (group.Top is null || state.LastWindow is not { } last || !BoardWindows.SameWindow(last, shown))
        {
            await hub.Clients.Group(group.Name).SendAsync("leaderboard", shown);
            if (group.Top is not null) state.LastWindow = shown;
            else pace.Sent(state, shown.Rows.Count);
        }
        Volatile.Write(ref state.LastLeaderboard, board.Sequence);
    }

    async Task SendAwardsAsync(BoardGroup group, GroupState state)
    {
        await using var session = store.QuerySession();
        if (await session.AwardsAsync(group.ContestId, group.CategoryId, CancellationToken.None) is not { } awards) return;
        state.AwardsView = awards;
        if (awards.Sequence <= state.LastAwards) return;
        await hub.Clients.Group(group.Name).SendAsync("awards", awards);
        Volatile.Write(ref state.LastAwards, awards.Sequence);
    }
}
