using Competition.Domain.Scoring;

namespace Competition.Projections.Leaderboards;

/// <summary>
/// A category's board kept between batches with its parsed document (never stored): each approved entry's line (its
/// score and judges done) and the lines in the board's order. A batch recomputes the lines of the entries it touched and
/// moves each of them by binary search, so its work grows with the entries it touched, not with the category (a
/// 3,000-entry board took 200–300 ms a batch when every line was rebuilt and sorted: bench/ screen --entries 3000).
/// </summary>
internal sealed class BoardRows
{
    readonly Dictionary<Guid, Line> lines = [];
    readonly List<RankingRow> sorted = [];
    IComparer<RankingRow> order = Ranking.BoardOrderOf([]);
    Func<RankingRow, RankingRow, bool> sameRank = Ranking.SameRankOf([]);

    /// <summary><see cref="Row"/>: the row last built for the line, reused while its rank stays.</summary>
    internal sealed record Line(RankingRow Score, int Done, int Total, LeaderboardRow? Row = null);

    public int Count => sorted.Count;

    /// <summary>Empties the board, to be filled again under the tie-break chain of <paramref name="tieBreakStages"/>.</summary>
    public void Reset(IReadOnlyList<Guid> tieBreakStages)
    {
        lines.Clear();
        sorted.Clear();
        order = Ranking.BoardOrderOf(tieBreakStages);
        sameRank = Ranking.SameRankOf(tieBreakStages);
    }

    /// <summary>Puts the entry's new line in its place, or takes the entry off the board (<paramref name="line"/> null).</summary>
    public void Set(Guid entryId, Line? line)
    {
        if (lines.Remove(entryId, out var old)) sorted.RemoveAt(sorted.BinarySearch(old.Score, order));
        if (line is null) return;
        lines[entryId] = line;
        var at = sorted.BinarySearch(line.Score, order);
        sorted.Insert(at < 0 ? ~at : at, line.Score);
    }

    /// <summary>The rows in order with their ranks (a shared rank for rows equal under the tie-break chain, the next
    /// skipped); a row is built anew only for a line that changed or whose rank did.</summary>
    public List<LeaderboardRow> Rows(Func<int, Line, LeaderboardRow> build)
    {
        var rows = new List<LeaderboardRow>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = i > 0 && sameRank(sorted[i - 1], sorted[i]) ? rows[i - 1].Rank!.Value : i + 1;
            var line = lines[sorted[i].EntryId];
            if (line.Row is not { } row || row.Rank != rank)
            {
                row = build(rank, line);
                lines[sorted[i].EntryId] = line with { Row = row };
            }
            rows.Add(row);
        }
        return rows;
    }
}
