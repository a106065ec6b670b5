using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Competition.Api.Live;

/// <summary>
/// SignalR's in-memory lifetime manager, except that a group is sent to <see cref="Slice"/> of its connections at a time,
/// with the thread pool let through between slices. SignalR's own writes the message into every connection's pipe before
/// any transport sends: at 10,000 screens on one board each pipe holds its rented buffers at once, the shared array pool
/// runs dry and each push allocates some 80 MB afresh (a fifth of the API's CPU in allocation and as much again in the
/// collector, bench/ fanout with perf). Sliced, the transports send and give their buffers back before the next slice
/// takes them. The groups are kept here as well as in the base class, which keeps serving every other kind of send.
/// </summary>
public sealed class SlicedGroupSends<THub>(ILogger<DefaultHubLifetimeManager<THub>> logger) : DefaultHubLifetimeManager<THub>(logger)
    where THub : Hub
{
    /// <summary>Connections written to between two yields: their buffers fit in the array pool's per-core stock.</summary>
    internal const int Slice = 16;

    readonly ConcurrentDictionary<string, HubConnectionContext> connections = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubConnectionContext>> groups = new(StringComparer.Ordinal);
    /// <summary>Each connection's groups, to leave them when it closes.</summary>
    readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> joined = new(StringComparer.Ordinal);

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        connections[connection.ConnectionId] = connection;
        await base.OnConnectedAsync(connection);
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        connections.TryRemove(connection.ConnectionId, out _);
        if (joined.TryRemove(connection.ConnectionId, out var names))
            foreach (var name in names.Keys) Leave(connection.ConnectionId, name);
        await base.OnDisconnectedAsync(connection);
    }

    public override async Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        // A connection of another server (or one already closed) is not in any group here, as in the base class.
        if (connections.TryGetValue(connectionId, out var connection))
        {
            groups.GetOrAdd(groupName, _ => new(StringComparer.Ordinal))[connectionId] = connection;
            joined.GetOrAdd(connectionId, _ => new(StringComparer.Ordinal))[groupName] = 0;
            // Closed while joining: OnDisconnectedAsync may have run before the lines above.
            if (!connections.ContainsKey(connectionId)) Leave(connectionId, groupName);
        }
        await base.AddToGroupAsync(connectionId, groupName, cancellationToken);
    }

    public override async Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        if (joined.TryGetValue(connectionId, out var names)) names.TryRemove(groupName, out _);
        Leave(connectionId, groupName);
        await base.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
    }

    void Leave(string connectionId, string groupName)
    {
        if (groups.TryGetValue(groupName, out var members)) members.TryRemove(connectionId, out _);
    }

    public override async Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        if (!groups.TryGetValue(groupName, out var members) || members.IsEmpty) return;
        // Serialized once, on the first connection of each protocol, as the base class does.
        var message = new SerializedHubMessage(new InvocationMessage(methodName, args));
        List<Task>? unfinished = null;
        var written = 0;
        foreach (var (_, connection) in members)
        {
            var write = connection.WriteAsync(message, cancellationToken);
            if (!write.IsCompletedSuccessfully) (unfinished ??= []).Add(write.AsTask());
            // To the back of the pool's queue, behind the transports' sends the slice just scheduled.
            if (++written % Slice == 0) await Task.Yield();
        }
        if (unfinished is not null) await Task.WhenAll(unfinished);
    }
}
