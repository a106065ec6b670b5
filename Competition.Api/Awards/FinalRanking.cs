using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Marten;

namespace Competition.Api.Awards;

/// A category's ranking computed straight from the log with the Domain's scoring, so a proposal never
/// depends on how far a projection has got: the marks of every sheet the category can have (its stages'
/// panels × its ranked entries), read by stream id.
public sealed class FinalRanking(EntryStates entries)
{
    public async Task<IReadOnlyList<RankedRow>> RankAsync(IQuerySession session, ContestState.Active contest, CategoryState category, CancellationToken ct)
    {
        var ranked = (await entries.OfCategoryAsync(contest.Id, category.Id, ct)).Where(e => e.State.IsRanked).Select(e => e.State.Id).ToList();
        var sheetIds = (from stage in category.Stages
                        from judge in contest.Judges.Values.Where(j => j.SitsOn(category.Id, stage.Id))
                        from entry in ranked
                        select StreamIds.Sheet(judge.Id, entry, stage.Id)).ToArray();
        var points = ranked.ToDictionary(id => id, _ => new CriterionPoints());
        if (sheetIds.Length > 0)
        {
            var marks = await session.Events.QueryAllRawEvents().Where(e => sheetIds.Contains(e.StreamId)).OrderBy(e => e.Sequence).ToListAsync(ct);
            // The last mark of each judge's criterion counts: a correction replaces the mark before it.
            var last = new Dictionary<(Guid Sheet, Guid Criterion), (Guid Entry, Guid Stage, decimal Points)>();
            foreach (var e in marks)
                switch (e.Data)
                {
                    case MarkAwarded m: last[(m.SheetId, m.CriterionId)] = (m.EntryId, m.StageId, m.Points); break;
                    case MarkCorrected m: last[(m.SheetId, m.CriterionId)] = (m.EntryId, m.StageId, m.Points); break;
                }
            foreach (var ((_, criterion), mark) in last) points[mark.Entry].Add(mark.Stage, criterion, mark.Points);
        }
        var definition = category.Definition();
        var rows = ranked.Select(id =>
        {
            var score = Scorer.Score(definition, points[id]);
            return new RankingRow(id, score.Total, score.StageScores);
        });
        return Ranking.Rank(rows, definition);
    }
}
