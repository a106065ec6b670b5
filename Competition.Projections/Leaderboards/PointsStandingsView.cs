using System.Text.Json.Serialization;
using Competition.Domain.Entries;
using Competition.Domain.Points;

namespace Competition.Projections.Leaderboards;

/// <summary>A points category's standings (积分榜), as the GET answers them: <c>final</c> once the contest is finished.
/// <c>count</c>, the number of rows of the whole board, is set on a window only.</summary>
public sealed record PointsStandingsView(
    Guid ContestId, Guid CategoryId, string Status, long Sequence, IReadOnlyList<PointsStandingRow> Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null)
{
    public static PointsStandingsView Empty(Guid contestId, Guid categoryId, long sequence) =>
        new(contestId, categoryId, "provisional", sequence, []);

    /// <summary>The rows ranked <paramref name="offset"/>+1 … <paramref name="offset"/>+<paramref name="top"/>, with the whole board's <c>count</c>.</summary>
    public PointsStandingsView Window(int top, int offset = 0) =>
        this with { Rows = [.. Rows.Skip(offset).Take(top)], Count = Rows.Count };

    /// <summary>The approved entries ranked by the Domain's points rules; the others are left out, as on a leaderboard.</summary>
    public static PointsStandingsView From(CategoryDoc doc)
    {
        var ranked = doc.Entries.Values.Where(e => e.Status == EntryStatus.Approved).Select(e => e.Id);
        var rows = PointsStandings.Rank(ranked, doc.Points.StandingReasons(), doc.Points.StandingGrants())
            .Select(r => new PointsStandingRow(r.Rank, r.EntryId, doc.Entries[r.EntryId].Name, doc.Entries[r.EntryId].Organization, r.Total, r.ByReason))
            .ToList();
        return new(doc.ContestId, doc.CategoryId, doc.Points.Finished ? "final" : "provisional", doc.Points.Sequence, rows);
    }
}

public sealed record PointsStandingRow(
    int Rank, Guid EntryId, string Name, string Organization, decimal Total, IReadOnlyDictionary<string, decimal> ByReason);
