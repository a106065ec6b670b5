using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Statistics;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Marten;

namespace Competition.Api.Statistics;

/// <summary>The statistics' filters as a request gives them (<c>level</c>, <c>organization</c>, <c>from</c>, <c>to</c>).</summary>
public sealed record StatisticsFilter(ContestLevel? Level, string? Organization, DateOnly? From, DateOnly? To)
{
    public static StatisticsFilter Read(string? level, string? organization, string? from, string? to)
    {
        var check = new RequestCheck();
        ContestLevel? onLevel = level is null ? null : check.OneOf<ContestLevel>(level, "level");
        var since = check.OptionalDate(from, "from");
        var until = check.OptionalDate(to, "to");
        check.ThrowIfInvalid();
        return new(onLevel, organization, since, until);
    }
}

/// The participation figures of GET /api/statistics, computed once for its JSON and its workbook.
public static class StatisticsQuery
{
    /// Entries that took part: approved, and those withdrawn or disqualified later (registered-only and rejected ones did not).
    static readonly EntryStatus[] TookPart = [EntryStatus.Approved, EntryStatus.Withdrawn, EntryStatus.Disqualified];

    public static async Task<StatisticsView> RunAsync(IQuerySession session, StatisticsFilter filter, CancellationToken ct)
    {
        var contests = (await session.Query<ContestView>().ToListAsync(ct))
            .Where(c => filter.Level is null || c.Level == filter.Level)
            .Where(c => filter.From is null || c.CreatedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) >= filter.From)
            .Where(c => filter.To is null || c.CreatedAt is { } at && DateOnly.FromDateTime(at.UtcDateTime) <= filter.To)
            .ToDictionary(c => c.Id);
        var ids = contests.Keys.ToArray();
        var entries = (await session.Query<EntryView>().Where(e => ids.Contains(e.ContestId)).ToListAsync(ct))
            .Where(e => TookPart.Contains(e.Status))
            .Where(e => filter.Organization is null || Organizations.Same(e.Organization, filter.Organization)).ToList();
        var taking = entries.SelectMany(e => People(e).Select(p =>
            new Participation(e.ContestId, contests[e.ContestId].Level, e.Id, e.Organization, p.Name, p.PersonId, p.Group))).ToList();
        var all = ParticipationFigures.Count("all", taking);
        return new StatisticsView(contests.Count, entries.Count, all.Participants, all.PersonTimes,
            ParticipationFigures.By(taking, p => p.Level?.ToString().ToLowerInvariant() ?? "none"),
            ParticipationFigures.By(taking, p => Organizations.Normalize(p.Organization)),
            ParticipationFigures.By(taking, p => p.Group ?? "none"),
            await BeneficiariesAsync(session, ids, entries.Select(e => e.Id).ToHashSet(), ct));
    }

    /// An entry's people: its members with their details, or by name; an individual entry without members is its entrant.
    static IEnumerable<Member> People(EntryView entry) =>
        entry.People is { Count: > 0 } people ? people
        : entry.Members.Count > 0 ? entry.Members.Select(m => new Member(m))
        : [new Member(entry.Name)];

    /// Entries awarded in confirmed awards, and entries of points contests with more than 0 points; people granted a title
    /// and people recommended for a grade (not revoked), each person once as participants are counted.
    static async Task<Beneficiaries> BeneficiariesAsync(IQuerySession session, Guid[] contests, HashSet<Guid> counted, CancellationToken ct)
    {
        var honours = (await session.Query<HonoursView>().Where(h => contests.Contains(h.ContestId)).ToListAsync(ct))
            .SelectMany(v => v.Honours).Where(h => h.RevokedReason is null && counted.Contains(h.EntryId)).ToList();
        int People(Func<HonourDoc, bool> which) =>
            honours.Where(which).Select(h => ParticipationFigures.PersonOf(new(Guid.Empty, null, h.EntryId, h.Organization, h.Person, h.PersonId, null)))
                .Distinct().Count();
        var awards = await session.Query<AwardsView>().Where(a => contests.Contains(a.ContestId)).ToListAsync(ct);
        var awarded = awards.Where(a => a.Status == "confirmed").SelectMany(a => a.Awards).Select(a => a.EntryId).Where(counted.Contains).Distinct().Count();
        var standings = await session.Query<PointsStandingsView>().Where(s => contests.Contains(s.ContestId)).ToListAsync(ct);
        var pointed = standings.SelectMany(s => s.Rows).Where(r => r.Total > 0 && counted.Contains(r.EntryId)).Select(r => r.EntryId).Distinct().Count();
        return new Beneficiaries(awarded, People(h => h.Title is not null), People(h => h.Grade is not null), pointed);
    }
}
