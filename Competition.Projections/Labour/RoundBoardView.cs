using System.Text.Json.Serialization;
using Competition.Domain.Labour;
using Competition.Projections.Leaderboards;

namespace Competition.Projections.Labour;

/// <summary>GET …/rounds/{rid}/leaderboard and the <c>round</c> message: the contract's round board. Additions:
/// <c>startsOn</c>, <c>endsOn</c>, a row's <c>veto</c> (which veto item, and why), and on a window <c>count</c>.</summary>
public sealed record RoundBoardView(
    Guid ContestId, Guid CategoryId, Guid RoundId, string Name, RoundStatus Status, long Sequence,
    DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<RoundBoardRow> Rows,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Count = null)
{
    public RoundBoardView Window(int top, int offset = 0) => this with { Rows = [.. Rows.Skip(offset).Take(top)], Count = Rows.Count };

    public static RoundBoardView From(CategoryDoc doc, RoundDoc round) => new(
        doc.ContestId, doc.CategoryId, round.Id, round.Name, round.Status, round.Sequence, round.StartsOn, round.EndsOn,
        [.. RoundResults.Of(doc, round).Select(u => new RoundBoardRow(
            u.Ranked.Rank, u.Entry.Id, u.Entry.Name, u.Entry.Organization, u.Ranked.Score.BlockScores, u.Ranked.Score.Bonus,
            u.Ranked.Score.Total, u.Ranked.Score.SelfTotal, u.Ranked.Score.Gap, u.Ranked.Score.GatePassed, u.Ranked.Score.Vetoed,
            u.AssessorsDone, u.AssessorsTotal, round.Status == RoundStatus.Published && round.Holders.Contains(u.Entry.Id), u.Veto))]);
}

public sealed record RoundBoardRow(
    int? Rank, Guid EntryId, string Name, string Organization, IReadOnlyDictionary<Guid, decimal> BlockScores, decimal Bonus,
    decimal Total, decimal? SelfTotal, decimal? Gap, bool GatePassed, bool Vetoed, int AssessorsDone, int AssessorsTotal, bool RedFlag,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Veto? Veto = null);
