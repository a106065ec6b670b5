using Competition.Domain.Contests;
using Competition.EventStore;
using Competition.Projections.Plumbing;
using Npgsql;
using NpgsqlTypes;

namespace Competition.Projections.Contests;

/// <summary>The contest view per contest, and the judge index (token hash → judge) behind GET /api/judge/me.</summary>
public sealed class ContestViewProjection(ReadModelDb db) : IProjection
{
    public const string ProjectionName = "contests";

    public string Name => ProjectionName;

    /// <summary>The contest's and the entries' events: never a mark.</summary>
    public IReadOnlyCollection<Type> EventTypes { get; } = [.. Competition.Domain.DomainEvents.WireNames
        .Where(e => e.Key.StartsWith("contest.", StringComparison.Ordinal) || e.Key.StartsWith("entry.", StringComparison.Ordinal))
        .Select(e => e.Value)];

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> batch, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await db.EnsureTablesAsync(ct);
        var ids = batch.Select(e => ContestViewEvents.ContestOf(e.Data)).OfType<Guid>().Distinct().ToArray();
        if (ids.Length == 0) return;
        var views = await LoadAsync(ids, conn, tx, ct);
        foreach (var envelope in batch)
        {
            if (ContestViewEvents.ContestOf(envelope.Data) is not { } id) continue;
            if (!views.TryGetValue(id, out var view)) views[id] = view = new ContestView { Id = id };
            if (envelope.Sequence <= view.Sequence) continue; // already applied
            ContestViewEvents.Apply(view, envelope.Data);
            view.Sequence = envelope.Sequence;
            if (envelope.Data is JudgeAppointed judge) await SaveJudgeAsync(judge, conn, tx, ct);
        }
        foreach (var view in views.Values) await SaveAsync(view, conn, tx, ct);
    }

    public async Task ResetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await db.EnsureTablesAsync(ct);
        // DELETE, not DROP: readers keep seeing the old views until the rebuild commits.
        await using var cmd = new NpgsqlCommand($"DELETE FROM {db.Contests}; DELETE FROM {db.Judges};", conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    async Task<Dictionary<Guid, ContestView>> LoadAsync(Guid[] ids, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"SELECT contest_id, view::text FROM {db.Contests} WHERE contest_id = ANY($1)", conn, tx)
        { Parameters = { new() { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid } } };
        var views = new Dictionary<Guid, ContestView>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) views[reader.GetGuid(0)] = ReadModelJson.Deserialize<ContestView>(reader.GetString(1));
        return views;
    }

    async Task SaveAsync(ContestView view, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            INSERT INTO {db.Contests} (contest_id, last_seq, view) VALUES ($1, $2, $3::jsonb)
            ON CONFLICT (contest_id) DO UPDATE SET last_seq = excluded.last_seq, view = excluded.view
            """, conn, tx)
        { Parameters = { new() { Value = view.Id }, new() { Value = view.Sequence }, new() { Value = ReadModelJson.Serialize(view) } } };
        await cmd.ExecuteNonQueryAsync(ct);
    }

    async Task SaveJudgeAsync(JudgeAppointed e, NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        var judge = new JudgeView(e.JudgeId, e.Name, e.Organization, e.CategoryIds, e.StageIds, e.Chief);
        await using var cmd = new NpgsqlCommand($"""
            INSERT INTO {db.Judges} (judge_id, contest_id, token_hash, judge) VALUES ($1, $2, $3, $4::jsonb)
            ON CONFLICT (judge_id) DO UPDATE SET token_hash = excluded.token_hash, judge = excluded.judge
            """, conn, tx)
        {
            Parameters = { new() { Value = e.JudgeId }, new() { Value = e.ContestId }, new() { Value = e.TokenHash },
                new() { Value = ReadModelJson.Serialize(judge) } },
        };
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
