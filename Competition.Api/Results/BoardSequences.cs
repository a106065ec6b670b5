using System.Collections.Concurrent;
using System.Diagnostics;

namespace Competition.Api.Reads;

/// <summary>
/// The newest board sequence this node has seen per category, from the boards' notifications and its own reads, kept
/// for a second: a phone polling with <c>If-None-Match</c> of that board gets its 304 without a database read. A
/// second is what <c>Cache-Control: max-age=1</c> already allows, and it bounds the staleness if a notification was
/// lost (a LISTEN connection that died silently).
/// </summary>
public sealed class BoardSequences
{
    static readonly long Fresh = Stopwatch.Frequency; // one second
    readonly ConcurrentDictionary<Guid, (Guid Contest, long Sequence, long At)> known = new();

    public void Saw(Guid contestId, Guid categoryId, long sequence)
    {
        var now = Stopwatch.GetTimestamp();
        known.AddOrUpdate(categoryId, (contestId, sequence, now),
            (_, old) => sequence >= old.Sequence ? (contestId, sequence, now) : old with { At = old.Sequence == sequence ? now : old.At });
    }

    /// <summary>The board's sequence if seen within the last second for this contest's category.</summary>
    public long? Current(Guid contestId, Guid categoryId) =>
        known.TryGetValue(categoryId, out var seen) && seen.Contest == contestId && Stopwatch.GetTimestamp() - seen.At < Fresh
            ? seen.Sequence
            : null;
}
