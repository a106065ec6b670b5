using Competition.Domain.Contests;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Competition.Projections.Contests;

/// <summary>
/// The contest view, inline: written in the transaction of the contest's own events, so a GET right after
/// a set-up command sees it. The contest stream has one writer at a time (its version is checked), so the
/// view is never written by two transactions at once.
/// </summary>
public sealed class ContestViewProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var ofContests = events.Where(e => ContestViewEvents.ContestOf(e.Data) is not null).ToList();
        if (ofContests.Count == 0) return;
        var ids = ofContests.Select(e => ContestViewEvents.ContestOf(e.Data)!.Value).Distinct().ToArray();
        var views = (await operations.LoadManyAsync<ContestView>(cancellation, ids)).ToDictionary(v => v.Id);
        foreach (var e in ofContests)
        {
            var id = ContestViewEvents.ContestOf(e.Data)!.Value;
            if (!views.TryGetValue(id, out var view)) views[id] = view = new ContestView { Id = id };
            ContestViewEvents.Apply(view, e.Data);
        }
        foreach (var view in views.Values) operations.Store(view);
    }
}
