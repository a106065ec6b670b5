using Competition.Domain.Scoring;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// A category's board kept between batches with its parsed document (never stored): each approved entry's line (its
/// score and judges done) and the lines in the board's order. A batch recomputes the lines of the entries it touched and
/// moves each of them by binary search, so its work grows with the entries it touched, not with the category (a
/// 3,000-entry board took 200–300 ms a batch when every line was rebuilt and sorted: bench/ screen --entries 3000).
/// It also knows the rows as stored (<see cref="BoardLine"/>), so that a batch writes only the rows whose content or rank
/// key changed (see <see cref="StoreChanges"/>).
/// </summary>
internal sealed class BoardRows
{
    readonly Dictionary<Guid, Line> lines = [];
    readonly List<Line> sorted = [];
    IComparer<Line> order = OrderOf([]);
    Func<RankingRow, string> rankKey = Ranking.RankKeyOf([]);
    /// <summary>Entries whose line was set since the rows were last stored.</summary>
    readonly HashSet<Guid> touched = [];
    /// <summary>Each row as last stored, by entry; null until this copy has stored every row (what storage holds
    /// before that is not known here: after a restart, a rollback or a takeover).</summary>
    Dictionary<Guid, BoardLine>? stored;

    /// <summary>An entry's line: its score and judges done. <see cref="RankKey"/> tells shared ranks apart (set when the line
    /// is put on the board); <see cref="Row"/> is the row last built for it, reused while its rank stays.</summary>
    internal sealed class Line(RankingRow score, int done, int total)
    {
        public RankingRow Score => score;
        public int Done => done;
        public int Total => total;
        public string RankKey { get; set; } = "";
        public LeaderboardRow? Row { get; set; }
    }

    static IComparer<Line> OrderOf(IReadOnlyList<Guid> tieBreakStages)
    {
        var byScore = Ranking.BoardOrderOf(tieBreakStages);
        return Comparer<Line>.Create((a, b) => byScore.Compare(a.Score, b.Score));
    }

    public int Count => sorted.Count;

    /// <summary>Empties the board, to be filled again under the tie-break chain of <paramref name="tieBreakStages"/>.</summary>
    public void Reset(IReadOnlyList<Guid> tieBreakStages)
    {
        lines.Clear();
        sorted.Clear();
        order = OrderOf(tieBreakStages);
        rankKey = Ranking.RankKeyOf(tieBreakStages);
        if (stored is not null) touched.UnionWith(stored.Keys); // rows no longer on the board are deleted
    }

    /// <summary>Puts the entry's new line in its place, or takes the entry off the board (<paramref name="line"/> null).</summary>
    public void Set(Guid entryId, Line? line)
    {
        touched.Add(entryId);
        if (lines.Remove(entryId, out var old)) sorted.RemoveAt(sorted.BinarySearch(old, order));
        if (line is null) return;
        line.RankKey = rankKey(line.Score);
        lines[entryId] = line;
        var at = sorted.BinarySearch(line, order);
        sorted.Insert(at < 0 ? ~at : at, line);
    }

    /// <summary>The rows in order with their ranks (a shared rank for rows equal under the tie-break chain, the next
    /// skipped); a row is built anew only for a line that changed or whose rank did.</summary>
    public List<LeaderboardRow> Rows(Func<int, Line, LeaderboardRow> build)
    {
        var rows = new List<LeaderboardRow>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var line = sorted[i];
            // Equal rank keys: equal under the tie-break chain (Ranking.RankKeyOf), compared without rounding again.
            var rank = i > 0 && string.Equals(sorted[i - 1].RankKey, line.RankKey, StringComparison.Ordinal) ? rows[i - 1].Rank!.Value : i + 1;
            if (line.Row is not { } row || row.Rank != rank) line.Row = row = build(rank, line);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// Stores the rows that changed since the last call (after <see cref="Rows"/>) and deletes those gone from the board;
    /// the first call of this copy replaces every stored row of the category. A row whose rank alone changed is not
    /// written: ranks are not stored.
    /// </summary>
    public void StoreChanges(Marten.IDocumentOperations operations, Guid categoryId)
    {
        if (stored is null)
        {
            operations.DeleteWhere<BoardLine>(l => l.CategoryId == categoryId);
            stored = [];
            touched.UnionWith(lines.Keys);
        }
        var changed = new List<BoardLine>();
        var gone = new List<Guid>();
        foreach (var entryId in touched)
        {
            if (!lines.TryGetValue(entryId, out var line))
            {
                if (stored.Remove(entryId)) gone.Add(entryId);
                continue;
            }
            var row = line.Row! with { Rank = null };
            var key = line.RankKey;
            if (stored.TryGetValue(entryId, out var known) && known.RankKey == key && BoardWindows.SameRow(known.Row, row)) continue;
            var changes = new BoardLine { EntryId = entryId, CategoryId = categoryId, RankKey = key, OrderKey = Ranking.OrderKeyOf(key, entryId), Row = row };
            changed.Add(changes);
            stored[entryId] = changes;
        }
        touched.Clear();
        BoardLineWrites.Queue(operations, changed, gone);
    }
}
