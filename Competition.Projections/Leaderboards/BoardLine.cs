namespace Competition.Projections.Leaderboards;

/// <summary>
/// One row of a category's board, stored on its own: a batch writes the rows of the entries it touched, not the whole
/// board (at 3,000 entries the board is about 650 KB, and a batch of marks touches a few dozen rows). The row's rank is
/// not stored, since a row that moves shifts the rank of every row it passes; a read gives ranks from the keys'
/// order (see <see cref="BoardReads"/>). The board's other fields are in its <see cref="LeaderboardView"/>, stored
/// with no rows.
/// </summary>
public sealed class BoardLine
{
    /// <summary>The entry's id: an entry is on one category's board.</summary>
    public Guid EntryId { get; set; }
    public Guid CategoryId { get; set; }
    /// <summary><see cref="Domain.Scoring.Ranking.RankKeyOf"/>: equal keys share a rank.</summary>
    public string RankKey { get; set; } = "";
    /// <summary><see cref="Domain.Scoring.Ranking.OrderKeyOf"/>: the board's order.</summary>
    public string OrderKey { get; set; } = "";
    /// <summary>The row with no rank.</summary>
    public LeaderboardRow Row { get; set; } = null!;
}
