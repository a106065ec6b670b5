using System.Collections.Concurrent;
using System.Text.Json;
using Competition.Projections.Labour;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// Sends labour rounds' boards to their watchers as <c>round</c> messages: the whole board, or a window of its first rows
/// (sent only when the window or the count changed). Announcements are coalesced as the leaderboard's are: while a send is
/// in flight, more only mark the round as pending, and the next send reads the newest board, so a watcher never receives
/// an older board after a newer one. A labour round changes a few times a minute, not twenty times a second, so this
/// keeps one lock per round rather than the leaderboard pusher's lock-free bookkeeping.
/// </summary>
public sealed class RoundPusher(IHubContext<LeaderboardHub> hub, IDocumentStore store, ConnectionWatches watches, ILogger<RoundPusher> logger)
{
    public sealed record Group(Guid ContestId, Guid RoundId, int? Top)
    {
        public string Name => $"contest:{ContestId}:round:{RoundId}" + (Top is { } top ? $":top:{top}" : "");

        public RoundBoardView Shown(RoundBoardView board) => Top is { } top ? board.Window(top) : board;
    }

    sealed class Watched
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly Dictionary<int, HashSet<string>> Connections = []; // by top, 0 for the whole board
        public readonly Dictionary<int, string> LastWindows = [];
        public long LastSequence;
        public int Pending;
    }

    readonly ConcurrentDictionary<(Guid Contest, Guid Round), Watched> rounds = new();

    public async Task<bool> WatchAsync(string connectionId, Group group, CancellationToken ct)
    {
        var watched = rounds.GetOrAdd((group.ContestId, group.RoundId), _ => new Watched());
        await watched.Gate.WaitAsync(ct);
        try
        {
            await using var session = store.QuerySession();
            if (await session.RoundBoardAsync(group.ContestId, group.RoundId, ct) is not { } board) return false;
            if (!watches.Add(connectionId, group)) return true;
            var shown = group.Shown(board);
            lock (watched.Connections)
            {
                var key = group.Top ?? 0;
                if (!watched.Connections.TryGetValue(key, out var connections)) watched.Connections[key] = connections = [];
                connections.Add(connectionId);
                // A window's first watcher has what the group would be sent: the next push compares with it.
                if (key != 0 && connections.Count == 1) watched.LastWindows[key] = WindowKey(shown);
            }
            await hub.Groups.AddToGroupAsync(connectionId, group.Name, ct);
            await hub.Clients.Client(connectionId).SendAsync("round", shown, ct);
            return true;
        }
        finally { watched.Gate.Release(); }
    }

    /// <summary>What makes a window a different one: its rows and count, not its sequence.</summary>
    static string WindowKey(RoundBoardView window) => JsonSerializer.Serialize(window with { Sequence = 0 });

    public async Task UnwatchAsync(string connectionId, Guid contestId, Guid roundId)
    {
        foreach (var group in watches.Remove<Group>(connectionId, g => g.ContestId == contestId && g.RoundId == roundId))
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, group.Name);
            Forget(connectionId, group);
        }
    }

    /// <summary>A closed connection's watches (<see cref="ConnectionWatches.Disconnected"/>).</summary>
    public void Disconnected(string connectionId, IEnumerable<Group> held)
    {
        foreach (var group in held) Forget(connectionId, group);
    }

    void Forget(string connectionId, Group group)
    {
        if (!rounds.TryGetValue((group.ContestId, group.RoundId), out var watched)) return;
        lock (watched.Connections)
            if (watched.Connections.TryGetValue(group.Top ?? 0, out var connections)) connections.Remove(connectionId);
    }

    /// <summary>A round's board changed (or may have: after a listener reconnect). Returns at once; sending happens behind.</summary>
    public void Announce(Guid contestId, Guid roundId)
    {
        if (!rounds.TryGetValue((contestId, roundId), out var watched)) return;
        if (Interlocked.Exchange(ref watched.Pending, 1) == 0) _ = Task.Run(() => DrainAsync(contestId, roundId, watched));
    }

    public void AnnounceAll()
    {
        foreach (var (contest, round) in rounds.Keys) Announce(contest, round);
    }

    async Task DrainAsync(Guid contestId, Guid roundId, Watched watched)
    {
        await watched.Gate.WaitAsync();
        try
        {
            // Cleared before the read: an announcement after this point starts another drain, which reads again.
            Volatile.Write(ref watched.Pending, 0);
            await using var session = store.QuerySession();
            if (await session.RoundBoardAsync(contestId, roundId, CancellationToken.None) is not { } board || board.Sequence <= watched.LastSequence) return;
            List<int> tops;
            lock (watched.Connections) tops = [.. watched.Connections.Where(p => p.Value.Count > 0).Select(p => p.Key)];
            foreach (var top in tops)
            {
                var group = new Group(contestId, roundId, top == 0 ? null : top);
                var shown = group.Shown(board);
                if (top != 0)
                {
                    // A window is sent only when a row in it, or the count, changed: its sequence alone is no change.
                    var rows = WindowKey(shown);
                    if (watched.LastWindows.TryGetValue(top, out var last) && last == rows) continue;
                    watched.LastWindows[top] = rows;
                }
                await hub.Clients.Group(group.Name).SendAsync("round", shown);
            }
            watched.LastSequence = board.Sequence;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Push of round {Round} failed; the next change or reconnect sends the newest board", roundId);
        }
        finally { watched.Gate.Release(); }
    }
}
