using System.Diagnostics;

namespace Competition.Api.Live;

/// <summary>
/// How often the whole of a large board is pushed to its watchers: a push of a board of more than <see cref="FreeRows"/>
/// rows is followed by a pause of <see cref="PerRow"/> a row before the next (by default 3,000 rows: 300 ms, about three
/// boards a second), the changes in between going out together in the next board. A whole board costs the server, the
/// network and each screen in proportion to its rows (650 KB at 3,000 rows: at twenty boards a second to one watcher it
/// cost about a fifth of the marks the API could take, bench/ screen); windows (<c>WatchTop</c>), what big screens and
/// phones show, are pushed at once whatever the board's size. Settings <c>Competition:Live:WholeBoardFreeRows</c> and
/// <c>Competition:Live:WholeBoardPausePerRowMs</c>.
/// </summary>
public sealed class WholeBoardPace(int freeRows, TimeSpan perRow)
{
    public int FreeRows => freeRows;
    public TimeSpan PerRow => perRow;

    public static WholeBoardPace From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Competition:Live");
        return new(section.GetValue("WholeBoardFreeRows", 500), TimeSpan.FromMilliseconds(section.GetValue("WholeBoardPausePerRowMs", 0.1)));
    }

    internal void Sent(GroupState state, int rows) =>
        Volatile.Write(ref state.NextWholeBoardAt, rows <= freeRows ? 0 : Stopwatch.GetTimestamp() + (long)(rows * perRow.TotalSeconds * Stopwatch.Frequency));

    /// <summary>How long the group's next whole board must wait; null when it may go now.</summary>
    internal static TimeSpan? Wait(GroupState state)
    {
        var left = Volatile.Read(ref state.NextWholeBoardAt) - Stopwatch.GetTimestamp();
        return left > 0 ? TimeSpan.FromSeconds((double)left / Stopwatch.Frequency) : null;
    }
}
