using System.Collections.Concurrent;
using Competition.Api.Plumbing;
using Competition.Api.Writing;
using Competition.Domain.Sheets;
using Competition.Projections.Contests;
using Marten;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>What a judge's tablet is told when one of its sheets is reopened: <c>entryId</c> as the tablet knows the
/// entry (a blind stage's alias while its codes are closed), <c>by</c> the chief judge's name (null with
/// <c>byOrganizer</c>).</summary>
public sealed record SheetReopenedPush(Guid ContestId, Guid StageId, Guid EntryId, string Reason, string? By, bool ByOrganizer, DateTimeOffset At);

/// <summary>
/// Pushes <c>sheetReopened</c> to the connections of the sheet's judge on this node. A connection signs in with the
/// judge's token (<see cref="WatchAsync"/>); each push checks the token again on the contest as it is then, so a
/// revoked token hears nothing more. Every node hears every reopen (<see cref="SheetNotification"/>) and tells its own
/// connections, so no backplane is needed. A notification lost while the listener reconnects is not replayed: the
/// tablet's own poll of GET /api/judge/me, which carries the reason too, catches it up.
/// </summary>
public sealed class SheetPusher(IHubContext<LeaderboardHub> hub, IDocumentStore store, ContestSnapshots contests, ILogger<SheetPusher> logger)
{
    sealed record Watcher(Guid ContestId, Guid JudgeId, string TokenHash);

    readonly ConcurrentDictionary<string, Watcher> watchers = new();

    /// <summary>False for a token that is not a judge's current one. One judge per connection: signing in again
    /// (another judge on the same tablet) replaces the first.</summary>
    public async Task<bool> WatchAsync(string connectionId, string token, CancellationToken ct)
    {
        var hash = Tokens.Hash(token);
        IssuedToken? issued;
        await using (var session = store.QuerySession()) issued = await session.LoadAsync<IssuedToken>(hash, ct);
        if (issued is not { JudgeId: { } judgeId }) return false;
        if (!(await contests.LoadAsync(issued.ContestId, ct)).Access.Signs(hash, judgeId)) return false;
        watchers[connectionId] = new(issued.ContestId, judgeId, hash);
        return true;
    }

    public void Disconnected(string connectionId) => watchers.TryRemove(connectionId, out _);

    /// <summary>Returns at once; the push is read and sent behind.</summary>
    public void Reopened(SheetReopened e)
    {
        List<KeyValuePair<string, Watcher>> mine = [.. watchers.Where(w => w.Value.JudgeId == e.JudgeId && w.Value.ContestId == e.ContestId)];
        if (mine.Count > 0) _ = Task.Run(() => SendAsync(e, mine));
    }

    async Task SendAsync(SheetReopened e, List<KeyValuePair<string, Watcher>> mine)
    {
        try
        {
            var contest = await contests.LoadAsync(e.ContestId, CancellationToken.None);
            // A labour round's sheet is a sheet stream too, its StageId the round's id; a round never hides its units.
            var stage = contest.Active.Stage(e.StageId);
            if (stage is null && contest.Active.Round(e.StageId) is null) return;
            var entryId = e.EntryId;
            if (stage is { HidesEntries: true })
            {
                // Never the entry's own id on a sealed stage: without its alias there is nothing to say.
                if (stage.WorkCodes?.Codes.FirstOrDefault(c => c.EntryId == e.EntryId) is not { } code) return;
                entryId = code.Alias;
            }
            var byOrganizer = e.By == e.ContestId;
            var push = new SheetReopenedPush(e.ContestId, e.StageId, entryId, e.Reason, byOrganizer ? null : contest.Active.Judge(e.By)?.Name, byOrganizer, e.At);
            var signed = mine.Where(w => contest.Access.Signs(w.Value.TokenHash, e.JudgeId)).Select(w => w.Key).ToList();
            if (signed.Count > 0) await hub.Clients.Clients(signed).SendAsync("sheetReopened", push);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Push of a reopened sheet to judge {JudgeId} failed; the tablet's next poll shows it", e.JudgeId);
        }
    }
}
