using Competition.Projections.Leaderboards;
using Competition.Projections.Store;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Competition.Api.Plumbing;

/// Degraded while the boards have been behind the log for longer than <c>Competition:Health:ProjectionLagSeconds</c>
/// (default 30): a stalled daemon, or a gap in the log it is waiting out, shows here rather than only on a
/// screen that stopped moving. Behind for a moment is normal: the daemon runs after each commit.
public sealed class ProjectionHealthCheck(IDocumentStore store, IConfiguration configuration, TimeProvider clock) : IHealthCheck
{
    long behindSince; // ticks of the first check that saw the boards behind, 0 while they are caught up
    long behindAt;    // the head the boards were behind then: progress past it ends the stall

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await using var session = store.QuerySession();
        var head = await ProjectionProgress.HeadAsync(session, ct);
        var reached = await ProjectionProgress.ReachedAsync(session, LeaderboardProjection.ShardName, ct);
        var now = clock.GetUtcNow().UtcTicks;
        if (reached >= head || reached >= Interlocked.Read(ref behindAt))
        {
            Interlocked.Exchange(ref behindSince, reached >= head ? 0 : now);
            Interlocked.Exchange(ref behindAt, head);
            return HealthCheckResult.Healthy();
        }
        var limit = TimeSpan.FromSeconds(configuration.GetValue("Competition:Health:ProjectionLagSeconds", 30));
        var since = Interlocked.Read(ref behindSince);
        if (since == 0) Interlocked.Exchange(ref behindSince, since = now);
        return TimeSpan.FromTicks(now - since) > limit
            ? HealthCheckResult.Degraded($"The boards are at sequence {reached} of {head} and have not reached {behindAt} for more than {limit.TotalSeconds:0} s")
            : HealthCheckResult.Healthy();
    }
}
