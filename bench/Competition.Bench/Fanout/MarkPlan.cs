namespace Competition.Bench.Fanout;

/// <summary>
/// Where the n-th mark of the run goes (judge, entry, criterion, by index) and the value it sends; every mark changes
/// its slot's value, so every PUT appends an event and moves the board.
/// <para>On the whole board the marks cycle through every (judge, entry, criterion) slot. On a window they keep its
/// rows known: the first <see cref="FanoutBoard.Top"/> entries, the leaders, are marked high before the screens
/// connect (<see cref="LeadersSetUp"/>), and each timed mark moves one leader's total within the leaders' band, so it
/// changes a row of every screen's window. One mark in four goes to an entry outside the window, changed but kept
/// below the band: it must reach no window screen, and it is not timed.</para>
/// </summary>
internal sealed class MarkPlan(FanoutBoard board, int judges, int criteria)
{
    public readonly record struct Slot(int Judge, int Entry, int Criterion, decimal Points, bool Timed);

    /// <summary>The leaders' band per criterion (Wiring 0–40, Finish 0–30, Insulation test 0–30): totals 55–100.</summary>
    static readonly decimal[] LeaderLow = [25, 15, 15];
    const int LeaderSpan = 16;
    /// <summary>Outside the window only Wiring is marked, 1–20: below the lowest leader whatever happens.</summary>
    const int OutsiderSpan = 20;
    /// <summary>Co-prime with both spans: a slot's next value always differs from its last.</summary>
    const int Step = 7;

    readonly int outsiders = board.Windowed ? board.Entries - board.Leaders : 0;

    public Slot Next(int n)
    {
        if (!board.Windowed) return WholeBoard(n);
        if (outsiders == 0) return Leader(n, round: 1);
        // n = 3, 7, 11, … go outside; the others are numbered 0, 1, 2, … so the leaders' slots are all visited in turn.
        return n % 4 == 3 ? Outsider(n / 4) : Leader(n - (n + 1) / 4, round: 1);
    }

    /// <summary>Round 0 of every leader slot: each leader marked by its judge on every criterion, before the screens connect.</summary>
    public IEnumerable<Slot> LeadersSetUp() => board.Windowed ? Enumerable.Range(0, board.Leaders * criteria).Select(s => Leader(s, round: 0)) : [];

    /// <summary>The slot cycle the benchmark always had (values 10–29): judges fastest, then entries, then criteria.</summary>
    Slot WholeBoard(int n)
    {
        var slots = judges * board.Entries * criteria;
        var (slot, round) = (n % slots, n / slots);
        return new Slot(slot % judges, slot / judges % board.Entries, slot / (judges * board.Entries), 10 + (slot + round * Step) % 20, Timed: true);
    }

    /// <summary>
    /// One judge per entry (entry mod judges): with a single value per criterion the stage's trimmed mean is that
    /// value, so every change shows in the total (of five judges', a change to the lowest or highest would not).
    /// </summary>
    Slot Leader(int l, int round)
    {
        var slots = board.Leaders * criteria;
        var (slot, cycle) = (l % slots, l / slots + round);
        var (entry, criterion) = (slot % board.Leaders, slot / board.Leaders);
        return new Slot(entry % judges, entry, criterion, LeaderLow[criterion] + (slot + cycle * Step) % LeaderSpan, Timed: true);
    }

    Slot Outsider(int o)
    {
        var (entry, round) = (board.Leaders + o % outsiders, o / outsiders);
        // Unmarked, an outsider's total is 0: its first mark (1 or more) already changes it.
        return new Slot(entry % judges, entry, 0, 1 + (entry + round * Step) % OutsiderSpan, Timed: false);
    }
}
