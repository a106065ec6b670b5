using System.Diagnostics;

namespace Competition.Api.Live;

/// <summary>
/// How often the whole of a large board is pushed to its watchers: a push of a board of more than <c>freeRows</c>
/// rows is followed by a pause of <c>perRow</c> a row before the next (by default 3,000 rows: 300 ms, about three
/// boards a second), the changes in between going out together in the next board. A whole board costs the server, the
/// network and each screen in proportion to its rows (650 KB at 3,000 rows: at twenty boards a second to one watcher it
/// cost about a fifth of the marks the API could take, bench/ screen); windows (<c>WatchTop</c>), what big screens and
/// phones show, are pushed at once whatever the board's size. Settings <c>Competition:Live:WholeBoardFreeRows</c> and
/// <c>Competition:Live:WholeBoardPausePerRowMs</c>.
/// </summary>
public sealed class WholeBoardPace(int freeRows, TimeSpan perRow)
{
    public static WholeBoardPace From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Competition:Live");
        return new(section.GetValue("WholeBoardFreeRows", 500), TimeSpan.FromMilliseconds(section.GetValue("WholeBoardPausePerRowMs", 0.1)));
    }

    internal void Sent(GroupState state, int rows) =>
        Volatile.Write(ref state.NextWholeBoardAt, rows <= freeRows ? 0 : Stopwatch.GetTimestamp() + (long)(rows * perRow.TotalSeconds * Stopwatch.Frequency));

    /// <summary>
    /// Of the <paramref name="pending"/> kinds (<see cref="GroupState.Pending"/>), those that may be sent now: a whole board
    /// too soon after the last stays pending (the awards go now). When none may, <paramref name="wait"/> is how long until it may.
    /// </summary>
    internal static int Held(GroupState state, int pending, out TimeSpan wait)
    {
        wait = TimeSpan.Zero;
        var left = Volatile.Read(ref state.NextWholeBoardAt) - Stopwatch.GetTimestamp();
        if ((pending & GroupState.Leaderboard) == 0 || left <= 0) return pending;
        Interlocked.Or(ref state.Pending, GroupState.Leaderboard);
        wait = TimeSpan.FromSeconds((double)left / Stopwatch.Frequency);
        return pending & ~GroupState.Leaderboard;
    }
}
