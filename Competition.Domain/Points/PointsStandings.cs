using Competition.Domain.Scoring;

namespace Competition.Domain.Points;

/// <summary>A grant as the standings count it: <see cref="Points"/> per unit, as recorded when granted.</summary>
public sealed record StandingGrant(Guid EntryId, string ReasonCode, decimal Points, int Quantity, bool Revoked);

/// <summary>A reason's code and cap as the standings apply them; <see cref="Points"/> tells a deduction (below 0).</summary>
public sealed record StandingReason(string Code, decimal Points, decimal? CapPerEntry);

public sealed record StandingRow(int Rank, Guid EntryId, decimal Total, IReadOnlyDictionary<string, decimal> ByReason);

/// <summary>The points contest's scoring rules (API.md, "Points contests").</summary>
public static class PointsStandings
{
    /// <summary>
    /// Each entry's points from one reason are Σ points × quantity of its grants not revoked, capped at the reason's
    /// <c>capPerEntry</c> when the reason is positive (deductions are never capped); the total is Σ over reasons and may be
    /// below 0. Ranked by total, shared ranks (1, 2, 2, 4); <paramref name="entryIds"/> are the ranked entries (grants
    /// of any other are left out), each listed even with no grant. Rows sharing a rank are in entry id order.
    /// </summary>
    public static IReadOnlyList<StandingRow> Rank(
        IEnumerable<Guid> entryIds, IEnumerable<StandingReason> reasons, IEnumerable<StandingGrant> grants)
    {
        var byCode = reasons.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        var sums = entryIds.Distinct().ToDictionary(id => id, _ => new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase));
        foreach (var g in grants)
        {
            if (g.Revoked || !sums.TryGetValue(g.EntryId, out var entry)) continue;
            var code = byCode.TryGetValue(g.ReasonCode, out var known) ? known.Code : g.ReasonCode;
            entry[code] = entry.GetValueOrDefault(code) + g.Points * g.Quantity;
        }
        var rows = sums.Select(p =>
        {
            var byReason = p.Value.ToDictionary(r => r.Key, r => Capped(byCode.GetValueOrDefault(r.Key), r.Value));
            return (EntryId: p.Key, Total: Rounding.Round2(byReason.Values.Sum()), ByReason: byReason);
        }).OrderByDescending(r => r.Total).ThenBy(r => r.EntryId).ToList();
        var ranked = new List<StandingRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var rank = i > 0 && rows[i - 1].Total == rows[i].Total ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new StandingRow(rank, rows[i].EntryId, rows[i].Total, rows[i].ByReason));
        }
        return ranked;
    }

    static decimal Capped(StandingReason? reason, decimal sum) =>
        reason is { Points: > 0, CapPerEntry: { } cap } && sum > cap ? cap : sum;

    /// <summary>The rows as the awards are proposed from them (tiers by rank, see <see cref="Tiers"/>).</summary>
    public static IReadOnlyList<RankedRow> ForAwards(IReadOnlyList<StandingRow> rows) =>
        [.. rows.Select(r => new RankedRow(r.Rank, r.EntryId, r.Total, new Dictionary<Guid, decimal>()))];
}
