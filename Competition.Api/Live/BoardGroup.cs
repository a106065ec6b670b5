using Competition.Projections.Leaderboards;

namespace Competition.Api.Live;

/// <summary>The SignalR group of one category's watchers: of the whole board, or of its first <see cref="Top"/> rows.</summary>
public sealed record BoardGroup(Guid ContestId, Guid CategoryId, int? Top = null)
{
    public string Name => $"contest:{ContestId}:category:{CategoryId}" + (Top is { } top ? $":top:{top}" : "");

    public bool OfCategory(Guid contestId, Guid categoryId) => ContestId == contestId && CategoryId == categoryId;

    /// <summary>What the group is sent of a board: all of it, or its window.</summary>
    public LeaderboardView Shown(LeaderboardView board) => Top is { } top ? board.Window(top) : board;
}

/// <summary>
/// One watched group: its watchers, and what was last sent to it. <see cref="Gate"/> serializes every
/// send to the group and every Watch's first send, and each send reads the board under it (or the copy
/// kept from the last read), so the boards a connection receives never go back in sequence.
/// </summary>
sealed class GroupState
{
    public const int Leaderboard = 1, Awards = 2;

    public SemaphoreSlim Gate { get; } = new(1, 1);
    public HashSet<string> Connections { get; } = [];
    /// <summary>Sequences last sent to the whole group; read and written under <see cref="Gate"/>.</summary>
    public long LastLeaderboard, LastAwards;
    /// <summary>The views last read, under <see cref="Gate"/>: what a Watch sends while no change was announced since.</summary>
    public LeaderboardView? Board;
    public AwardsView? AwardsView;
    /// <summary>A window group's last window sent, under <see cref="Gate"/>: an unchanged window is not sent again.</summary>
    public LeaderboardView? LastWindow;
    /// <summary>The last reveal step sent to the group, under <see cref="Gate"/>: each later one goes out as a <c>reveal</c> message.</summary>
    public int LastRevealStep;
    /// <summary>1 when a change was announced after <see cref="Board"/> was read (the next Watch reads again).</summary>
    public int Stale = 1;
    /// <summary>A whole-board group's next push not before this (Stopwatch ticks; see <see cref="WholeBoardPace"/>).</summary>
    public long NextWholeBoardAt;
    /// <summary>Kinds announced but not yet sent (bit flags), and whether a drain loop is running.</summary>
    public int Pending, Draining;

    /// <summary>
    /// After a Watch sent <paramref name="shown"/> (of <paramref name="board"/>): a group's first watcher has what the group
    /// would be sent, so the next push compares with it (a window) and sends only later reveal steps. With other watchers,
    /// who may hold an older window, the group keeps what it was last sent. Under <see cref="Gate"/>.
    /// </summary>
    public void FirstWatcherSent(BoardGroup group, LeaderboardView board, LeaderboardView shown)
    {
        lock (Connections)
        {
            if (Connections.Count != 1) return;
            if (group.Top is not null) LastWindow ??= shown;
            if (LastRevealStep == 0) LastRevealStep = board.Reveal?.Steps.Count ?? 0;
        }
    }

    public bool Watched
    {
        get { lock (Connections) return Connections.Count > 0; }
    }
}
