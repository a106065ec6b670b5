using System.Globalization;

namespace Competition.Bench.Fanout;

/// <summary>
/// What the screens watch: a category of <see cref="Entries"/> approved entries, and either the whole board
/// (<c>Watch</c>) or its first <see cref="Top"/> rows (<c>WatchTop</c>), as a big screen in a hall of a national
/// final shows the top 20 of thousands.
/// </summary>
internal sealed record FanoutBoard(int Entries, int? Top)
{
    /// <summary>The board the benchmark was first written for: 20 entries, every screen on all of it.</summary>
    public static FanoutBoard Default { get; } = new(20, null);

    /// <summary>Marks on these entries must reach every window screen; with <c>Watch</c>, every entry is one.</summary>
    public int Leaders => Math.Min(Top ?? Entries, Entries);

    public bool Windowed => Top is not null;

    /// <summary>"3,000 entries, the top 20": for the report's title and the console.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Entries:N0} entries{(Top is { } top ? $", the top {top}" : "")}");
}
