using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// What each connection watches, boards and rounds together: each watch is work on every change of what it watches, so a
/// connection holds at most <see cref="MaxPerConnection"/>. Shared by the pushers, so the limit is on the sum.
/// </summary>
public sealed class ConnectionWatches
{
    public const int MaxPerConnection = 20;
    readonly ConcurrentDictionary<string, HashSet<object>> byConnection = new();

    /// <summary>False when the connection already watches <paramref name="group"/>; a refusal past the limit.</summary>
    public bool Add(string connectionId, object group)
    {
        var mine = byConnection.GetOrAdd(connectionId, _ => []);
        lock (mine)
        {
            if (mine.Count >= MaxPerConnection && !mine.Contains(group))
                throw new HubException($"A connection watches at most {MaxPerConnection} boards or windows.");
            return mine.Add(group);
        }
    }

    /// <summary>Forgets the connection's watches of type <typeparamref name="T"/> that <paramref name="which"/> picks, and returns them.</summary>
    public List<T> Remove<T>(string connectionId, Func<T, bool> which)
    {
        if (!byConnection.TryGetValue(connectionId, out var mine)) return [];
        lock (mine)
        {
            List<T> removed = [.. mine.OfType<T>().Where(which)];
            foreach (var group in removed) mine.Remove(group!);
            return removed;
        }
    }

    /// <summary>The connection closed: forgets it, returning every watch it held (SignalR drops it from its groups itself).</summary>
    public IReadOnlyList<object> Disconnected(string connectionId)
    {
        if (!byConnection.TryRemove(connectionId, out var mine)) return [];
        lock (mine) return [.. mine];
    }
}
