using Competition.Domain.Contests;
using Competition.EventStore;
using Npgsql;

namespace Competition.Api.Plumbing;

/// Answers "was this token ever issued, by any contest, and where in the log?": to tell 403 (valid
/// elsewhere) from 401, and to let a sign-in wait for the read model to catch up with the appointment.
/// Only refused requests and unknown sign-ins ask, and a small partial index keeps the question cheap.
public sealed class TokenIndex(NpgsqlDataSource db, EventStoreOptions store) : IHostedService
{
    string[] Types => [store.Events.NameFor(typeof(ContestCreated)), store.Events.NameFor(typeof(JudgeAppointed))];

    public async Task<bool> IsKnownAsync(string tokenHash, CancellationToken ct) => await IssuedAtAsync(tokenHash, ct) is not null;

    /// The log sequence of the event that issued this token (contest creation or judge appointment), or null.
    public async Task<long?> IssuedAtAsync(string tokenHash, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            $"select min(seq_id) from {store.Schema}.mt_events where type = any($1) " +
            "and coalesce(data->>'tokenHash', data->>'organizerTokenHash') = $2");
        command.Parameters.Add(new() { Value = Types });
        command.Parameters.Add(new() { Value = tokenHash });
        return await command.ExecuteScalarAsync(ct) is long sequence ? sequence : null;
    }

    public async Task StartAsync(CancellationToken ct)
    {
        var types = string.Join(", ", Types.Select(t => $"'{t}'"));
        await using var command = db.CreateCommand(
            $"create index if not exists ix_mt_events_token_hash on {store.Schema}.mt_events " +
            $"((coalesce(data->>'tokenHash', data->>'organizerTokenHash'))) where type in ({types})");
        await command.ExecuteNonQueryAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
