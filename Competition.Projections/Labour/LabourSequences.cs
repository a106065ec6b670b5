using Competition.Projections.Leaderboards;
using Competition.Projections.Live;
using Marten;

namespace Competition.Projections.Labour;

/// <summary>A labour category's board sequences before a page was applied: after it, the round boards and the standings
/// whose sequence moved are stored and announced, and only those.</summary>
sealed record LabourSequences(IReadOnlyDictionary<Guid, long> Rounds, long Standings)
{
    public static LabourSequences Of(CategoryDoc doc) =>
        new(doc.Labour.Rounds.ToDictionary(r => r.Id, r => r.Sequence), doc.Labour.StandingsSequence);

    public void StoreChanged(IDocumentOperations operations, CategoryDoc doc)
    {
        if (doc.Removed)
        {
            foreach (var round in doc.Labour.Rounds) operations.Delete<RoundBoardView>(round.Id);
            operations.Delete<SeasonStandingsView>(doc.CategoryId);
            return;
        }
        foreach (var round in doc.Labour.Rounds.Where(r => r.Sequence > Rounds.GetValueOrDefault(r.Id)))
        {
            operations.Store(RoundBoardView.From(doc, round));
            BoardNotification.Queue(operations, new(doc.ContestId, round.Id, round.Sequence, BoardKind.Round));
        }
        if (doc.Labour.StandingsSequence > Standings)
        {
            operations.Store(SeasonStandingsView.From(doc));
            BoardNotification.Queue(operations, new(doc.ContestId, doc.CategoryId, doc.Labour.StandingsSequence, BoardKind.Standings));
        }
    }
}
