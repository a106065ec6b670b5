using Competition.Api.Entries;
using Competition.Domain.Contests;
using Competition.Domain.Scoring;
using Competition.Domain.Sheets;
using Competition.EventStore;
using Npgsql;

namespace Competition.Api.Awards;

/// A category's ranking computed straight from the log with the Domain's scoring, so a proposal
/// never depends on how far a projection has got.
public sealed class FinalRanking(NpgsqlDataSource db, EventStoreOptions store, EntryIndex entries)
{
    public async Task<IReadOnlyList<RankedRow>> RankAsync(CategoryState category, CancellationToken ct)
    {
        var ranked = (await entries.OfCategoryAsync(category.Id, ct)).Where(e => e.State.IsRanked).Select(e => e.State.Id).ToHashSet();
        var marks = await MarksAsync(category.Id, ct);
        var definition = category.Definition();
        var rows = ranked.Select(id =>
        {
            var score = Scorer.Score(definition, marks.Where(m => m.Key.Entry == id).Select(m =>
                new Mark(m.Key.Judge, m.Key.Stage, m.Key.Criterion, m.Value)));
            return new RankingRow(id, score.Total, score.StageScores);
        });
        return Ranking.Rank(rows, definition);
    }

    async Task<Dictionary<(Guid Entry, Guid Judge, Guid Stage, Guid Criterion), decimal>> MarksAsync(Guid categoryId, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            $"select data from {store.Schema}.mt_events where type = any($1) and data->>'categoryId' = $2 order by seq_id");
        command.Parameters.Add(new() { Value = new[] { store.Events.NameFor(typeof(MarkAwarded)), store.Events.NameFor(typeof(MarkCorrected)) } });
        command.Parameters.Add(new() { Value = categoryId.ToString() });
        var marks = new Dictionary<(Guid, Guid, Guid, Guid), decimal>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var mark = System.Text.Json.JsonSerializer.Deserialize<MarkAwarded>(reader.GetString(0), store.Json)!;
            marks[(mark.EntryId, mark.JudgeId, mark.StageId, mark.CriterionId)] = mark.Points;
        }
        return marks;
    }
}
