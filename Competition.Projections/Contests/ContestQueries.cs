using Marten;

namespace Competition.Projections.Contests;

public static class ContestQueries
{
    /// <summary>The contest with each category's entries in registration order; null when the contest is unknown.</summary>
    public static async Task<ContestView?> ContestAsync(this IQuerySession session, Guid contestId, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var contest = batch.Load<ContestView>(contestId);
        var entries = batch.Query<EntryView>().Where(e => e.ContestId == contestId).ToList();
        await batch.Execute(ct);
        if (await contest is not { } view) return null;
        var byCategory = (await entries).OrderBy(e => e.RegisteredAt).ThenBy(e => e.Ordinal).ToLookup(e => e.CategoryId);
        foreach (var category in view.Categories) category.Entries = [.. byCategory[category.Id].Select(e => e.Line())];
        return view;
    }

    public static async Task<bool> CategoryExistsAsync(this IQuerySession session, Guid contestId, Guid categoryId, CancellationToken ct) =>
        (await session.LoadAsync<ContestView>(contestId, ct))?.Category(categoryId) is not null;
}
