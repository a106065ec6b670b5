using System.Diagnostics;

namespace Competition.Bench.Http;

/// <summary>One mark sent by the paced sender: when it was due and what came back.</summary>
internal readonly record struct PacedMark(long DueAt, MarkAnswer Answer);

/// <summary>
/// Open loop, as a hall of tablets behaves: mark i is due at start + i / rate and goes out then, whether
/// or not earlier marks were answered. A slow server therefore shows as latency, not as a politely lower
/// rate; only past <c>maxInFlight</c> unanswered marks does the sender hold back (and says so).
/// </summary>
internal static class PacedSender
{
    public sealed record Run(List<PacedMark> Marks, long HeldBack, double SecondsSent);

    public static async Task<Run> RunAsync(double rate, TimeSpan duration, Func<long, Task<MarkAnswer>> send, int maxInFlight = 512,
        CancellationToken ct = default)
    {
        var marks = new List<PacedMark>();
        var inFlight = new List<Task>();
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long sent = 0, heldBack = 0, running = 0;
        while (!ct.IsCancellationRequested)
        {
            var now = Stopwatch.GetTimestamp();
            if (now >= end) break;
            var due = started + (long)(sent / rate * Stopwatch.Frequency);
            if (due > now)
            {
                // Never Delay(0): that would spin a core the server needs. Marks that fall due meanwhile go out together.
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, Clock.Milliseconds(due - now))), ct);
                continue;
            }
            if (Interlocked.Read(ref running) >= maxInFlight)
            {
                heldBack++;
                await Task.Delay(1, ct);
                continue;
            }
            var index = sent++;
            Interlocked.Increment(ref running);
            inFlight.Add(Task.Run(async () =>
            {
                var answer = await send(index);
                Interlocked.Decrement(ref running);
                lock (marks) marks.Add(new PacedMark(due, answer));
            }, CancellationToken.None));
        }
        var seconds = Clock.Seconds(Stopwatch.GetTimestamp() - started);
        await Task.WhenAll(inFlight);
        return new Run(marks, heldBack, seconds);
    }
}
