namespace Competition.Domain.Scoring;

public sealed record RankingRow(Guid EntryId, decimal Total, IReadOnlyDictionary<Guid, decimal> StageScores);

public sealed record RankedRow(int Rank, Guid EntryId, decimal Total, IReadOnlyDictionary<Guid, decimal> StageScores);

public static class Ranking
{
    /// <summary>Stages in tie-break order: heaviest first; equal weights keep definition order.</summary>
    public static IReadOnlyList<Guid> TieBreakOrder(CategoryDefinition category) =>
        category.Stages.OrderByDescending(s => s.Weight).Select(s => s.Id).ToList();

    public static IReadOnlyList<RankedRow> Rank(IEnumerable<RankingRow> rows, CategoryDefinition category) =>
        Rank(rows, TieBreakOrder(category));

    /// <summary>Ranks by rounded total, then the rounded scores of <paramref name="tieBreakStages"/> in
    /// order; entries still equal share a rank and the next rank is skipped (1, 2, 2, 4).</summary>
    public static IReadOnlyList<RankedRow> Rank(IEnumerable<RankingRow> rows, IReadOnlyList<Guid> tieBreakStages)
    {
        var tie = new TieBreak(tieBreakStages);
        var sorted = rows.Order(new BoardOrder(tie)).ToList();
        var ranked = new List<RankedRow>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var rank = i > 0 && tie.Compare(sorted[i - 1], sorted[i]) == 0 ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedRow(rank, sorted[i].EntryId, sorted[i].Total, sorted[i].StageScores));
        }
        return ranked;
    }

    /// <summary>The board's order as a total order: the ranking's, then the entry id, which only fixes the display order
    /// inside a shared rank. A board kept sorted by it moves a changed row by binary search.</summary>
    public static IComparer<RankingRow> BoardOrderOf(IReadOnlyList<Guid> tieBreakStages) => new BoardOrder(new TieBreak(tieBreakStages));

    /// <summary>Whether two rows share a rank under the tie-break chain of <paramref name="tieBreakStages"/>.</summary>
    public static Func<RankingRow, RankingRow, bool> SameRankOf(IReadOnlyList<Guid> tieBreakStages)
    {
        var tie = new TieBreak(tieBreakStages);
        return (a, b) => tie.Compare(a, b) == 0;
    }

    sealed class BoardOrder(TieBreak tie) : IComparer<RankingRow>
    {
        public int Compare(RankingRow? x, RankingRow? y)
        {
            var byRank = tie.Compare(x, y);
            return byRank != 0 ? byRank : x!.EntryId.CompareTo(y!.EntryId);
        }
    }

    sealed class TieBreak(IReadOnlyList<Guid> stages) : IComparer<RankingRow>
    {
        public int Compare(RankingRow? x, RankingRow? y)
        {
            var byTotal = Rounding.Round2(y!.Total).CompareTo(Rounding.Round2(x!.Total));
            if (byTotal != 0) return byTotal;
            foreach (var stage in stages)
            {
                var byStage = Rounding.Round2(y.StageScores.GetValueOrDefault(stage))
                    .CompareTo(Rounding.Round2(x.StageScores.GetValueOrDefault(stage)));
                if (byStage != 0) return byStage;
            }
            return 0;
        }
    }
}
