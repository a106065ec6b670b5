using Competition.Domain.Contests;

namespace Competition.Domain.Statistics;

/// <summary>One person's taking part in one entry of one contest (人次).</summary>
public sealed record Participation(
    Guid ContestId, ContestLevel? Level, Guid EntryId, string Organization, string Name, string? PersonId, string? Group);

public sealed record Tally(string Key, int Contests, int Entries, int Participants, int PersonTimes);

/// <summary>The participation figures a union reports: entries, distinct participants (人: by the organizer's person id,
/// else by name and organization as people mean them) and person-times (人次).</summary>
public static class ParticipationFigures
{
    public static string PersonOf(Participation p) => p.PersonId is { Length: > 0 } id
        ? $"id:{id.Trim()}"
        : $"name:{Organizations.Normalize(p.Name).ToUpperInvariant()}|{Organizations.Normalize(p.Organization).ToUpperInvariant()}";

    public static Tally Count(string key, IReadOnlyCollection<Participation> all) => new(
        key, all.Select(p => p.ContestId).Distinct().Count(), all.Select(p => p.EntryId).Distinct().Count(),
        all.Select(PersonOf).Distinct().Count(), all.Count);

    public static IReadOnlyList<Tally> By(IEnumerable<Participation> all, Func<Participation, string> key) =>
        [.. all.GroupBy(key).Select(g => Count(g.Key, [.. g])).OrderByDescending(t => t.PersonTimes).ThenBy(t => t.Key, StringComparer.Ordinal)];
}
