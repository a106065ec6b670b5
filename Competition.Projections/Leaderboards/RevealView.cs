using Competition.Domain.Awards;

namespace Competition.Projections.Leaderboards;

/// <summary>One revealed entry of a hidden board, as the <c>reveal</c> message and the board's <c>reveal.steps</c> carry it.</summary>
public sealed record RevealStep(
    Guid ContestId, Guid CategoryId, int Step, int Of, Guid EntryId, int? Bib, string Name, string Organization, int Rank, decimal Total, string? Tier);

/// <summary>A hidden board's reveal (揭晓): every step so far, and whether the board is published.</summary>
public sealed record RevealView(bool Published, int Of, IReadOnlyList<RevealStep> Steps)
{
    /// <summary>
    /// Until it is published, a hidden board's rows show no rank, total, stage score or award but for the revealed
    /// entries: the others first, by bib (in rank order they would give the ranking away), then the revealed ones in
    /// rank order. Progress stays.
    /// </summary>
    public static LeaderboardView Apply(LeaderboardView board, CategoryDoc doc)
    {
        var steps = doc.Revealed.OrderBy(r => r.Step).Select(r => Step(doc, r)).ToList();
        var view = new RevealView(doc.Published, steps.Count > 0 ? steps[^1].Of : board.Rows.Count, steps);
        if (doc.Published) return board with { Reveal = view };
        var revealed = doc.Revealed.ToDictionary(r => r.EntryId);
        var sealedRows = board.Rows.Where(r => !revealed.ContainsKey(r.EntryId))
            .Select(r => r with { Rank = null, Total = null, StageScores = new Dictionary<Guid, decimal>(), Award = null })
            .OrderBy(r => r.Bib ?? int.MaxValue).ThenBy(r => r.EntryId);
        var open = board.Rows.Where(r => revealed.ContainsKey(r.EntryId))
            .Select(r => r with { Rank = revealed[r.EntryId].Rank, Total = revealed[r.EntryId].Total })
            .OrderBy(r => r.Rank).ThenBy(r => r.EntryId);
        return board with { Rows = [.. sealedRows, .. open], Reveal = view };
    }

    static RevealStep Step(CategoryDoc doc, EntryRevealed r)
    {
        var entry = doc.Entries.GetValueOrDefault(r.EntryId);
        return new(doc.ContestId, doc.CategoryId, r.Step, r.Of, r.EntryId, entry?.Bib, entry?.Name ?? "", entry?.Organization ?? "", r.Rank, r.Total, r.Tier);
    }
}
