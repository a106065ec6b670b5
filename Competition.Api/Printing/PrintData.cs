using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Projections.Contests;
using Competition.Projections.Leaderboards;
using Marten;

namespace Competition.Api.Printing;

/// An awarded entry as printed: its tier, rank and total, with its name, organization and the people it stands for.
public sealed record PrintedAward(string Tier, int Rank, decimal Total, int? Bib, string Name, string Organization, IReadOnlyList<string> People);

/// What the notice and the certificates print of a category: the awards view (revoked awards left out), the entries'
/// public names, and when the awards were confirmed (from the awards stream: the view does not keep it).
public sealed record PrintData(ContestView Contest, CategoryView Category, AwardsView Awards, IReadOnlyList<PrintedAward> Lines, DateTimeOffset? ConfirmedAt)
{
    public static async Task<PrintData?> LoadAsync(IQuerySession session, Guid contestId, Guid categoryId, CancellationToken ct)
    {
        if (await session.LoadAsync<ContestView>(contestId, ct) is not { } contest || contest.Category(categoryId) is not { } category) return null;
        var awards = await session.AwardsAsync(contestId, categoryId, ct) ?? AwardsView.Empty(contestId, categoryId, 0);
        var ids = awards.Awards.Select(a => a.EntryId).ToArray();
        var entries = (await session.LoadManyAsync<EntryView>(ct, ids)).ToDictionary(e => e.Id);
        var lines = awards.Awards.Where(a => entries.ContainsKey(a.EntryId)).Select(a =>
        {
            var e = entries[a.EntryId];
            // An individual entry without members is its entrant; a team's certificates go to each member.
            return new PrintedAward(a.Tier, a.Rank, a.Total, e.Bib, e.Name, e.Organization, e.Members.Count > 0 ? e.Members : [e.Name]);
        }).OrderBy(l => l.Rank).ToList();
        DateTimeOffset? confirmedAt = null;
        if (awards.Status == "confirmed")
            confirmedAt = (await session.Events.FetchStreamAsync(StreamIds.Awards(categoryId), token: ct))
                .Select(e => e.Data).OfType<AwardsConfirmed>().LastOrDefault()?.At;
        return new(contest, category, awards, lines, confirmedAt);
    }
}
