using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Marten;

namespace Competition.Api.Awards;

/// One sheet of a category as its stream has it: whose, its state (the Domain's fold) and its version.
public sealed record SheetOnFile(Guid SheetId, Guid JudgeId, Guid EntryId, Guid StageId, SheetState State, long Version)
{
    public IEnumerable<GivenMark> Marks => State.Marks.Select(m => new GivenMark(JudgeId, EntryId, StageId, m.Key, m.Value));

    /// A round's sheet as publishing and the season's ranking take it.
    public Domain.Labour.AssessorSheet Assessed => new(JudgeId, EntryId, State.Marks, State is SheetState.Submitted);
}

/// Where a sheet can be: its judge, entry and stage (or round), from which its stream id follows.
public sealed record SheetPlace(Guid JudgeId, Guid EntryId, Guid StageId)
{
    public Guid SheetId => StreamIds.Sheet(JudgeId, EntryId, StageId);
}

/// A category's ranked entries and their sheets.
public sealed record CategorySheets(IReadOnlyList<(EntryState.Active State, long Version)> Ranked, IReadOnlyList<SheetOnFile> Sheets)
{
    public IEnumerable<GivenMark> Marks => Sheets.SelectMany(s => s.Marks);
}

/// A category's ranking computed straight from the log with the Domain's scoring, so a proposal (or a review sample)
/// never depends on how far a projection has got: every sheet the category can have (its stages' panels × its ranked
/// entries), read by stream id and folded by the Domain.
public sealed class FinalRanking(EntryStates entries)
{
    public async Task<CategorySheets> SheetsAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct)
    {
        var ranked = (await entries.OfCategoryAsync(contest.Id, category.Id, ct)).Where(e => e.State.IsRanked).ToList();
        return new(ranked, await ReadAsync(session, contest, category, [.. ranked.Select(e => e.State.Id)], ct));
    }

    /// The sheets the entries can have (every panel judge of every stage), those with events only.
    public static async Task<IReadOnlyList<SheetOnFile>> ReadAsync(
        IQuerySession session, ContestState.Active contest, CategoryState category, IReadOnlyList<Guid> entryIds, CancellationToken ct)
    {
        var places = from stage in category.Stages
                     from judge in contest.Judges.Values.Where(j => j.SitsOn(category.Id, stage.Id))
                     from entry in entryIds
                     select new SheetPlace(judge.Id, entry, stage.Id);
        return await ReadAsync(session, places, ct);
    }

    /// The sheets at these places (a judge × an entry × a stage or a round) that have events, each folded by the Domain.
    public static async Task<IReadOnlyList<SheetOnFile>> ReadAsync(IQuerySession session, IEnumerable<SheetPlace> at, CancellationToken ct)
    {
        var places = at.ToDictionary(p => p.SheetId);
        if (places.Count == 0) return [];
        var ids = places.Keys.ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => ids.Contains(e.StreamId)).OrderBy(e => e.Sequence).ToListAsync(ct);
        return [.. events.GroupBy(e => e.StreamId).Select(stream =>
        {
            var place = places[stream.Key];
            var state = stream.Aggregate(Deciders.Sheet.Initial, (s, e) => Deciders.Sheet.Evolve(s, e.Data));
            return new SheetOnFile(stream.Key, place.JudgeId, place.EntryId, place.StageId, state, stream.Last().Version);
        })];
    }

    public async Task<IReadOnlyList<RankedRow>> RankAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct) =>
        Rank(category, await SheetsAsync(session, contest, category, ct));

    public static IReadOnlyList<RankedRow> Rank(CategoryState category, CategorySheets sheets)
    {
        var points = sheets.Ranked.ToDictionary(e => e.State.Id, _ => new CriterionPoints());
        foreach (var mark in sheets.Marks) points[mark.EntryId].Add(mark.StageId, mark.CriterionId, mark.Points);
        var definition = category.Definition();
        var rows = points.Select(p =>
        {
            var score = Scorer.Score(definition, p.Value);
            return new RankingRow(p.Key, score.Total, score.StageScores);
        });
        return Ranking.Rank(rows, definition);
    }
}
