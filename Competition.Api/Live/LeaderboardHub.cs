using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// /hubs/leaderboard. <c>Watch</c> answers at once with <c>leaderboard</c> and <c>awards</c>, then
/// again after every change, each message the same JSON as the matching GET. <c>WatchTop</c> is <c>Watch</c> of the
/// board's first <c>top</c> rows (as <c>?top=</c>), sent again only when a row of the window or the count changed.
/// <c>WatchSheets</c> signs a judge's tablet in with the judge's token: it is then sent <c>sheetReopened</c> whenever one of
/// the judge's sheets is reopened.
/// </summary>
public sealed class LeaderboardHub(BoardPusher pusher, SheetPusher sheets, RoundPusher rounds, ConnectionWatches watches) : Hub
{
    /// The token travels in the call, not in the URL (where a WebSocket would carry it, into access logs).
    public async Task WatchSheets(string token)
    {
        if (string.IsNullOrWhiteSpace(token) || !await sheets.WatchAsync(Context.ConnectionId, token, Context.ConnectionAborted))
            throw new HubException("This token is not valid: WatchSheets takes the judge's own token.");
    }

    public async Task Watch(string contestId, string categoryId)
    {
        if (!TryGroup(contestId, categoryId, out var group)
            || !await pusher.WatchAsync(Context.ConnectionId, group, Context.ConnectionAborted))
            throw new HubException("No such contest and category: Watch takes a contest's id and one of its categories' ids.");
    }

    public async Task WatchTop(string contestId, string categoryId, int top)
    {
        if (top is < 1 or > MaxTop) throw new HubException($"top must be a whole number from 1 to {MaxTop}.");
        if (!TryGroup(contestId, categoryId, out var group)
            || !await pusher.WatchAsync(Context.ConnectionId, group with { Top = top }, Context.ConnectionAborted))
            throw new HubException("No such contest and category: WatchTop takes a contest's id, one of its categories' ids and a number of rows.");
    }

    /// <summary>A window is for a screen or a phone; a watcher of more rows than this watches the whole board.</summary>
    public const int MaxTop = 1000;

    /// <summary>Ends every watch of the category by this connection, of the whole board and of its windows.</summary>
    public async Task Unwatch(string contestId, string categoryId)
    {
        if (TryGroup(contestId, categoryId, out var group)) await pusher.UnwatchAsync(Context.ConnectionId, group.ContestId, group.CategoryId);
    }

    /// <summary>A labour round's board, sent as <c>round</c> at once and after every change.</summary>
    public Task WatchRound(string contestId, string roundId) => WatchRoundAsync(contestId, roundId, null, "WatchRound");

    /// <summary><c>WatchRound</c> of the board's first <c>top</c> rows, sent again only when the window or the count changed.</summary>
    public Task WatchRoundTop(string contestId, string roundId, int top)
    {
        if (top is < 1 or > MaxTop) throw new HubException($"top must be a whole number from 1 to {MaxTop}.");
        return WatchRoundAsync(contestId, roundId, top, "WatchRoundTop");
    }

    public async Task UnwatchRound(string contestId, string roundId)
    {
        if (Guid.TryParse(contestId, out var contest) && Guid.TryParse(roundId, out var round))
            await rounds.UnwatchAsync(Context.ConnectionId, contest, round);
    }

    async Task WatchRoundAsync(string contestId, string roundId, int? top, string method)
    {
        if (!Guid.TryParse(contestId, out var contest) || !Guid.TryParse(roundId, out var round)
            || !await rounds.WatchAsync(Context.ConnectionId, new RoundPusher.Group(contest, round, top), Context.ConnectionAborted))
            throw new HubException($"No such contest and round: {method} takes a contest's id and the id of one of its rounds.");
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        var held = watches.Disconnected(Context.ConnectionId);
        rounds.Disconnected(Context.ConnectionId, held.OfType<RoundPusher.Group>());
        pusher.Disconnected(Context.ConnectionId, held.OfType<BoardGroup>());
        sheets.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    static bool TryGroup(string contestId, string categoryId, out BoardGroup group)
    {
        group = null!;
        if (!Guid.TryParse(contestId, out var contest) || !Guid.TryParse(categoryId, out var category)) return false;
        group = new BoardGroup(contest, category);
        return true;
    }
}
