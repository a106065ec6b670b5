using Competition.EventStore;

namespace Competition.Api.Plumbing;

/// Routes a command to the one handler registered for its type (explicitly, at start-up: no
/// scanning, no code generation). A handler loads state, calls a pure decider and appends with the
/// expected version. Commuting commands (a judge's own resend racing itself) are retried on a
/// concurrency conflict by re-loading and re-deciding; every other conflict answers 409.
public sealed class CommandRouter(ILogger<CommandRouter> log)
{
    const int MaxAttempts = 5;
    readonly Dictionary<Type, Route> routes = [];

    sealed record Route(Func<object, CancellationToken, Task<object?>> Handle, bool RetryOnConflict);

    public CommandRouter Handle<TCommand, TResult>(Func<TCommand, CancellationToken, Task<TResult>> handler, bool retryOnConflict = false) =>
        Handle(typeof(TCommand), async (c, ct) => await handler((TCommand)c, ct), retryOnConflict);

    /// For a family of commands sharing one handler (every contest set-up command, say).
    public CommandRouter Handle<TResult>(Type commandType, Func<object, CancellationToken, Task<TResult>> handler, bool retryOnConflict = false)
    {
        routes.Add(commandType, new(async (c, ct) => await handler(c, ct), retryOnConflict));
        return this;
    }

    public async Task<TResult> SendAsync<TResult>(object command, CancellationToken ct)
    {
        if (!routes.TryGetValue(command.GetType(), out var route))
            throw new InvalidOperationException($"No handler registered for {command.GetType().Name}");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (TResult)(await route.Handle(command, ct))!;
            }
            catch (ConcurrencyException e) when (route.RetryOnConflict && attempt < MaxAttempts)
            {
                log.LogDebug("Retrying {Command} after a conflict on stream {Stream}", command.GetType().Name, e.StreamId);
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct);
            }
        }
    }
}
