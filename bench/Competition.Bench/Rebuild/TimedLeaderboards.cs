using System.Diagnostics;
using Competition.Projections.Leaderboards;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace Competition.Bench.Rebuild;

/// <summary>
/// For <c>rebuild --profile</c>: the engine's <see cref="LeaderboardProjection"/> registered under its own name
/// and options, with the time spent in its ApplyAsync (the category documents' load query, applying the
/// events, recomputing and queueing the views; not the batch's commit, which the daemon does after it)
/// and the number of pages counted.
/// </summary>
internal sealed class TimedLeaderboards : ProjectionBase, IProjection
{
    readonly LeaderboardProjection inner = new();
    long ticks, pages, events;

    public TimedLeaderboards()
    {
        Name = inner.Name;
        Options.BatchSize = inner.Options.BatchSize;
        Options.DeleteViewTypeOnTeardown<CategoryDoc>();
        Options.DeleteViewTypeOnTeardown<LeaderboardView>();
        Options.DeleteViewTypeOnTeardown<AwardsView>();
    }

    public (TimeSpan Apply, long Pages, long Events) Taken => (Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks)), Interlocked.Read(ref pages), Interlocked.Read(ref events));

    public void Reset() => (ticks, pages, events) = (0, 0, 0);

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await inner.ApplyAsync(operations, events, cancellation);
        }
        finally
        {
            Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - start);
            Interlocked.Increment(ref pages);
            Interlocked.Add(ref this.events, events.Count);
        }
    }

    /// <summary>Replaces the registered leaderboard projection with a timed one of the same name and options.</summary>
    public static TimedLeaderboards Replace(StoreOptions opts)
    {
        var registered = BenchStore.Projection(opts, LeaderboardProjection.ProjectionName);
        opts.Projections.All.Remove(registered);
        var timed = new TimedLeaderboards();
        timed.Options.BatchSize = registered.Options.BatchSize;
        opts.Projections.Add(timed, ProjectionLifecycle.Async);
        return timed;
    }
}
