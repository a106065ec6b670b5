using Competition.Domain;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Competition.Projections.Contests;
using Marten;

namespace Competition.Projections.Judging;

public static class CategoryMarks
{
    /// <summary>Every mark standing on the category's sheets (each sheet folded from its stream by the Domain), for the
    /// judge analysis: read from the log, not from the boards, so it is whole whatever the board's state.</summary>
    public static async Task<IReadOnlyList<GivenMark>> MarksOfCategoryAsync(
        this IQuerySession session, ContestView contest, CategoryView category, CancellationToken ct)
    {
        var judges = contest.Judges.Where(j => j.CategoryIds.Contains(category.Id)).Select(j => j.Id).ToList();
        var sheets = (from judge in judges from entry in category.Entries from stage in category.Stages
                      select (Id: StreamIds.Sheet(judge, entry.Id, stage.Id), Judge: judge, Entry: entry.Id, Stage: stage.Id))
            .ToDictionary(s => s.Id);
        if (sheets.Count == 0) return [];
        var ids = sheets.Keys.ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => ids.Contains(e.StreamId)).OrderBy(e => e.Sequence).ToListAsync(ct);
        var states = new Dictionary<Guid, SheetState>();
        foreach (var e in events) states[e.StreamId] = SheetDecider.Evolve(states.GetValueOrDefault(e.StreamId, SheetDecider.Initial), e.Data);
        return [.. from state in states
                   let sheet = sheets[state.Key]
                   from mark in state.Value.Marks
                   select new GivenMark(sheet.Judge, sheet.Entry, sheet.Stage, mark.Key, mark.Value)];
    }
}
