using Competition.Projections.Plumbing;
using Npgsql;

namespace Competition.Projections.Contests;

public static class ContestQueries
{
    /// <summary>Null when the contest is unknown (or not projected yet).</summary>
    public static async Task<ContestView?> ContestAsync(this ReadModelDb db, Guid contestId, CancellationToken ct)
    {
        await using var conn = await db.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"SELECT view::text FROM {db.Contests} WHERE contest_id = $1", conn)
        { Parameters = { new() { Value = contestId } } };
        return await cmd.ExecuteScalarAsync(ct) is string json ? ReadModelJson.Deserialize<ContestView>(json) : null;
    }

    public static async Task<bool> CategoryExistsAsync(this ReadModelDb db, Guid contestId, Guid categoryId, CancellationToken ct) =>
        (await db.ContestAsync(contestId, ct))?.Category(categoryId) is not null;
}
