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

    /// <summary>
    /// A row's place in the ranking as text: under ordinal comparison, keys compare as the tie-break chain of
    /// <paramref name="tieBreakStages"/> does (equal keys: a shared rank), so a store can keep a board's rows one by one
    /// and answer a window in rank order without reading the rest. Each rounded score is written as 18 digits of
    /// (10^17 − cents), so that a higher score sorts first; <see cref="OrderKeyOf"/> adds the entry id, as the board does.
    /// </summary>
    public static Func<RankingRow, string> RankKeyOf(IReadOnlyList<Guid> tieBreakStages) => row =>
    {
        var key = new System.Text.StringBuilder(18 * (1 + tieBreakStages.Count));
        Append(key, row.Total);
        foreach (var stage in tieBreakStages) Append(key, row.StageScores.GetValueOrDefault(stage));
        return key.ToString();
    };

    /// <summary>The board's total order as text: the rank key, then the entry id (its "N" digits compare as
    /// <see cref="Guid.CompareTo(Guid)"/> does).</summary>
    public static string OrderKeyOf(string rankKey, Guid entryId) => rankKey + entryId.ToString("N");

    const long KeyBias = 100_000_000_000_000_000;

    static void Append(System.Text.StringBuilder key, decimal score)
    {
        var cents = (long)(Rounding.Round2(score) * 100);
        key.Append((KeyBias - cents).ToString("D18", System.Globalization.CultureInfo.InvariantCulture));
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
