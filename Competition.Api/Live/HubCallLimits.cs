using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Api.Live;

/// <summary>
/// What a hub caller may send: every argument is an id or a small number (at most 64 characters), and one
/// connection makes at most <see cref="CallsPerSecond"/> calls a second (a burst of twice that). Anything else is
/// refused with a short HubException that quotes nothing the caller sent, so an anonymous client can neither
/// flood the log with its arguments nor write lines of its own into it.
/// </summary>
public sealed class HubCallLimits(ILogger<HubCallLimits> log) : IHubFilter
{
    public const int MaxArgumentLength = 64, CallsPerSecond = 10;
    static readonly object Bucket = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocation.HubMethodArguments.Any(a => a is string { Length: > MaxArgumentLength }))
            throw new HubException($"Arguments are ids of at most {MaxArgumentLength} characters.");
        var items = invocation.Context.Items;
        if (items[Bucket] is not TokenBucketRateLimiter limiter)
            items[Bucket] = limiter = new TokenBucketRateLimiter(new()
            {
                TokenLimit = 2 * CallsPerSecond, TokensPerPeriod = CallsPerSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0, AutoReplenishment = true,
            });
        using var lease = limiter.AttemptAcquire();
        if (!lease.IsAcquired) throw new HubException("Too many calls on this connection; slow down.");
        try
        {
            return await next(invocation);
        }
        catch (Exception e) when (e is not HubException and not OperationCanceledException)
        {
            // A fault of ours, logged once; a HubException is the caller's and is only answered.
            log.LogError(e, "Hub method {Method} failed", invocation.HubMethodName);
            throw;
        }
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        (context.Context.Items[Bucket] as IDisposable)?.Dispose();
        return next(context, exception);
    }
}
