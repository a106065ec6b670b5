using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// /hubs/leaderboard. <c>Watch</c> answers at once with <c>leaderboard</c> and <c>awards</c>, then
/// again after every change, each message the same JSON as the matching GET.
/// </summary>
public sealed class LeaderboardHub(BoardPusher pusher) : Hub
{
    public async Task Watch(string contestId, string categoryId)
    {
        if (!TryGroup(contestId, categoryId, out var group)
            || !await pusher.WatchAsync(Context.ConnectionId, group, Context.ConnectionAborted))
            throw new HubException("No such contest and category: Watch takes a contest's id and one of its categories' ids.");
    }

    public async Task Unwatch(string contestId, string categoryId)
    {
        if (TryGroup(contestId, categoryId, out var group)) await pusher.UnwatchAsync(Context.ConnectionId, group);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        pusher.Disconnected(Context.ConnectionId);
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
