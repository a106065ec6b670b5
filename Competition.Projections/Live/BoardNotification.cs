using Marten;

namespace Competition.Projections.Live;

public enum BoardKind { Leaderboard, Awards, Standings }

/// <summary>
/// The payload of <c>pg_notify('competition_boards', '&lt;contestId&gt;:&lt;categoryId&gt;:&lt;sequence&gt;:&lt;kind&gt;')</c>,
/// sent inside the projection's transaction: PostgreSQL delivers it only on commit, so a listener
/// never hears of a board it cannot read yet.
/// </summary>
public sealed record BoardNotification(Guid ContestId, Guid CategoryId, long Sequence, BoardKind Kind)
{
    public const string Channel = "competition_boards";

    public string Payload => $"{ContestId}:{CategoryId}:{Sequence}:{KindName(Kind)}";

    public static string KindName(BoardKind kind) => kind switch
    {
        BoardKind.Awards => "awards",
        BoardKind.Standings => "standings",
        _ => "leaderboard",
    };

    /// <summary>Sent with the projection's batch: PostgreSQL delivers it when that batch commits, and only then.</summary>
    public static void Queue(IDocumentOperations operations, BoardNotification notification) =>
        operations.QueueSqlCommand("select pg_notify(?, ?)", Channel, notification.Payload);

    public static bool TryParse(string payload, out BoardNotification notification)
    {
        notification = null!;
        var parts = payload.Split(':');
        if (parts.Length != 4 || !Guid.TryParse(parts[0], out var contest) || !Guid.TryParse(parts[1], out var category)
            || !long.TryParse(parts[2], out var sequence))
            return false;
        BoardKind? kind = parts[3] switch
        {
            "leaderboard" => BoardKind.Leaderboard, "awards" => BoardKind.Awards, "standings" => BoardKind.Standings, _ => null,
        };
        if (kind is null) return false;
        notification = new BoardNotification(contest, category, sequence, kind.Value);
        return true;
    }
}
