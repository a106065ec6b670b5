using System.Collections.Concurrent;

namespace Competition.Api.Writing;

/// Reads of one key share round trips, the read-side twin of the event store's group commit: a caller
/// joins the next read that has not started yet, so whatever it gets was read after it arrived and
/// reflects every commit before that, and at most one read per key is on the wire at a time. Under
/// load, the dozens of requests that each need the same contest's state cost one query, not dozens.
public sealed class SharedReads<TKey, TValue> where TKey : notnull
{
    sealed class Slot
    {
        public Task<TValue>? OnTheWire;
        public TaskCompletionSource<TValue>? Next;
    }

    readonly ConcurrentDictionary<TKey, Slot> slots = new();

    /// <paramref name="read"/> serves every caller that joined it, so it must not depend on one caller's cancellation.
    public Task<TValue> ReadAsync(TKey key, Func<Task<TValue>> read, CancellationToken ct)
    {
        var slot = slots.GetOrAdd(key, _ => new Slot());
        TaskCompletionSource<TValue> mine;
        Task<TValue>? busy;
        lock (slot)
        {
            if (slot.Next is { } next) return next.Task.WaitAsync(ct);
            mine = new(TaskCreationOptions.RunContinuationsAsynchronously);
            busy = slot.OnTheWire is { IsCompleted: false } running ? running : null;
            if (busy is null) slot.OnTheWire = mine.Task;
            else slot.Next = mine;
        }
        _ = RunAsync(key, slot, mine, busy, read);
        return mine.Task.WaitAsync(ct);
    }

    async Task RunAsync(TKey key, Slot slot, TaskCompletionSource<TValue> mine, Task<TValue>? busy, Func<Task<TValue>> read)
    {
        if (busy is not null)
        {
            await Task.WhenAny(busy); // its own callers see how it ended
            // From here on, newcomers wait for the read after this one: this one starts below, before they arrived.
            lock (slot)
            {
                slot.Next = null;
                slot.OnTheWire = mine.Task;
            }
        }
        try { mine.SetResult(await read()); }
        catch (Exception e) { mine.SetException(e); }
        // An idle key leaves, so ids that are asked for once (or made up) do not pile up.
        lock (slot)
            if (slot.Next is null && slot.OnTheWire == mine.Task) slots.TryRemove(new KeyValuePair<TKey, Slot>(key, slot));
    }
}
