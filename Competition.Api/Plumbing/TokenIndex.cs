using Competition.Domain.Contests;
using Competition.EventStore;
using Npgsql;

namespace Competition.Api.Plumbing;

/// Answers "was this token ever issued, by any contest?" to tell 403 (valid elsewhere) from 401.
/// Only refused requests ask, and a small partial index keeps the question cheap.
public sealed class TokenIndex(NpgsqlDataSource db, EventStoreOptions store) : IHostedService
{
    string[] Types => [store.Events.NameFor(typeof(ContestCreated)), store.Events.NameFor(typeof(JudgeAppointed))];

    public async Task<bool> IsKnownAsync(string tokenHash, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            $"select exists(select 1 from {store.Schema}.mt_events where type = any($1) " +
            "and coalesce(data->>'tokenHash', data->>'organizerTokenHash') = $2)");
        command.Parameters.Add(new() { Value = Types });
        command.Parameters.Add(new() { Value = tokenHash });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
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
