using Competition.Projections.Leaderboards;
using Competition.Projections.Live;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// Sends announced boards to their groups. Announcements for a group are coalesced: while a send is in flight,
/// further announcements only set a flag, and the next send reads the newest board, so a burst of
/// marks costs one read and one message per group, never an older board after a newer one. Boards come from
/// <see cref="PushedBoards"/>; a window group is sent a board only when its window changed; a large whole board at its
/// <see cref="WholeBoardPace"/>.
/// </summary>
public sealed class BoardSends(IHubContext<LeaderboardHub> hub, IDocumentStore store, WholeBoardPace pace, ILogger<BoardSends> logger)
{
    readonly PushedBoards boards = new(store);

    /// <summary>A commit notification named the board: pushes may take it from the projection's memory.</summary>
    internal void Committed(Guid contestId, Guid categoryId, BoardKind kind, long sequence)
    {
        if (kind == BoardKind.Leaderboard) boards.Committed(contestId, categoryId, sequence);
    }

    /// <summary>The listener reconnected: see <see cref="PushedBoards.Forget"/>.</summary>
    internal void ListenerReconnected() => boards.Forget();

    /// <summary>Marks the kind pending and starts the group's drain loop unless one runs.</summary>
    internal void Announce(BoardGroup group, GroupState state, BoardKind kind, long sequence)
    {
        // Before the Watched check, with a full fence: see BoardPusher.WatchAsync.
        Interlocked.Exchange(ref state.Stale, 1);
        if (!state.Watched) return;
        var last = kind == BoardKind.Awards ? Volatile.Read(ref state.LastAwards) : Volatile.Read(ref state.LastLeaderboard);
        if (sequence <= last) return;
        Interlocked.Or(ref state.Pending, kind == BoardKind.Awards ? GroupState.Awards : GroupState.Leaderboard);
        if (Interlocked.CompareExchange(ref state.Draining, 1, 0) == 0) _ = Task.Run(() => DrainAsync(group, state));
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
            pending = WholeBoardPace.Held(state, pending, out var wait);
            if (pending == 0)
            {
                await Task.Delay(wait);
                continue;
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
