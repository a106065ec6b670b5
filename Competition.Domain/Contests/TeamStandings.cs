using System.Text.Json.Serialization;
using Competition.Domain.Scoring;

namespace Competition.Domain.Contests;

/// <summary>How organizations are ranked across categories (团体总分): placing points by rank, or the sum of each
/// organization's best totals.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TeamRule>))]
public enum TeamRule { Placing, BestTotals }

/// <summary><paramref name="Points"/>: the placing points of ranks 1, 2, 3…; <paramref name="Best"/>: how many of an
/// organization's totals count; <paramref name="CategoryIds"/>: the categories counted, every one when empty.</summary>
public sealed record TeamStandingsRule(TeamRule Rule, IReadOnlyList<decimal> Points, int Best, IReadOnlyList<Guid> CategoryIds)
{
    public bool Counts(Guid categoryId) => CategoryIds.Count == 0 || CategoryIds.Contains(categoryId);
}

public sealed record TeamStandingsSet(Guid ContestId, TeamStandingsRule Rule, DateTimeOffset At);

public sealed record SetTeamStandings(Guid ContestId, TeamStandingsRule Rule, DateTimeOffset Now) : ContestCommand(ContestId, Now);

/// <summary>An entry as ranked on its category's board.</summary>
public sealed record PlacedEntry(Guid CategoryId, Guid EntryId, string Organization, int Rank, decimal Total);

public sealed record TeamRow(int Rank, string Organization, decimal Total, int Entries, IReadOnlyDictionary<Guid, decimal> ByCategory);

public static class TeamStandings
{
    /// <summary>Organizations by their points (placing) or summed best totals, equal ones sharing a rank (1, 2, 2, 4);
    /// an organization is one however its name is spaced or cased (<see cref="Organizations"/>).</summary>
    public static IReadOnlyList<TeamRow> Rank(TeamStandingsRule rule, IEnumerable<PlacedEntry> entries)
    {
        var counted = entries.Where(e => rule.Counts(e.CategoryId)).GroupBy(e => Organizations.Normalize(e.Organization).ToUpperInvariant())
            .Select(team =>
            {
                var scored = rule.Rule == TeamRule.Placing
                    ? team.Select(e => (e.CategoryId, Value: e.Rank <= rule.Points.Count ? rule.Points[e.Rank - 1] : 0m)).ToList()
                    : team.OrderByDescending(e => e.Total).Take(rule.Best).Select(e => (e.CategoryId, Value: e.Total)).ToList();
                var byCategory = scored.GroupBy(s => s.CategoryId).ToDictionary(g => g.Key, g => Rounding.Round2(g.Sum(s => s.Value)));
                return (Name: team.First().Organization.Trim(), Total: Rounding.Round2(scored.Sum(s => s.Value)), Entries: scored.Count, byCategory);
            })
            .OrderByDescending(t => t.Total).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        var rows = new List<TeamRow>(counted.Count);
        for (var i = 0; i < counted.Count; i++)
        {
            var rank = i > 0 && counted[i].Total == counted[i - 1].Total ? rows[i - 1].Rank : i + 1;
            rows.Add(new TeamRow(rank, counted[i].Name, counted[i].Total, counted[i].Entries, counted[i].byCategory));
        }
        return rows;
    }
}
