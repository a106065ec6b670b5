using Competition.Domain.Awards;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Competition.Projections.Leaderboards;

/// <summary>Inline from the awards streams: honours are read right after the confirmation or revocation that wrote them, and
/// each category's document has one writer, its awards stream.</summary>
public sealed class HonoursViewProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var ofHonours = events.Where(e => e.Data is HonoursGranted or AwardRevoked or HonoursRevoked).ToList();
        if (ofHonours.Count == 0) return;
        var revokedIn = ofHonours.Where(e => e.Data is not HonoursGranted).Select(e => CategoryOf(e.Data)).Distinct().ToArray();
        var views = revokedIn.Length == 0 ? [] : (await operations.LoadManyAsync<HonoursView>(cancellation, revokedIn)).ToDictionary(v => v.CategoryId);
        foreach (var e in ofHonours)
        {
            switch (e.Data)
            {
                case HonoursGranted g:
                    views[g.CategoryId] = new HonoursView { CategoryId = g.CategoryId, ContestId = g.ContestId, Honours = [.. g.Honours.Select(HonourDoc.From)] };
                    break;
                // A category without honour rules has no document, and an award revoked there has nothing to take.
                case AwardRevoked r when views.TryGetValue(r.CategoryId, out var view): view.Revoke(r.EntryId, r.Reason); break;
                case HonoursRevoked r when views.TryGetValue(r.CategoryId, out var view): view.Revoke(r.EntryId, r.Reason); break;
            }
        }
        foreach (var view in views.Values) operations.Store(view);
    }

    static Guid CategoryOf(object data) => data switch
    {
        AwardRevoked r => r.CategoryId,
        HonoursRevoked r => r.CategoryId,
        _ => throw new ArgumentOutOfRangeException(nameof(data)),
    };
}
