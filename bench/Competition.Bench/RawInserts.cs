using System.Text.Json;
using Npgsql;

namespace Competition.Bench;

/// <summary>
/// The floor every write path is held against: one single-row INSERT transaction per operation through
/// Npgsql, into a table shaped like mt_events, one connection per concurrent writer.
/// </summary>
internal sealed class RawInserts(NpgsqlDataSource source) : IAsyncDisposable
{
    public static async Task<RawInserts> CreateAsync(string connectionString)
    {
        var source = NpgsqlDataSource.Create(connectionString);
        await using var cmd = source.CreateCommand("""
            CREATE TABLE IF NOT EXISTS raw_events (seq_id bigserial PRIMARY KEY, id uuid NOT NULL, stream_id uuid NOT NULL, version bigint NOT NULL,
                data jsonb NOT NULL, type text NOT NULL, timestamp timestamptz NOT NULL DEFAULT now())
            """);
        await cmd.ExecuteNonQueryAsync();
        return new RawInserts(source);
    }

    public Task<Measurement> MeasureAsync(int writers, BenchArgs args) =>
        Throughput.MeasureAsync(writers, args, _ => source.OpenConnectionAsync().AsTask(), InsertAsync, c => c.DisposeAsync());

    static async Task InsertAsync(NpgsqlConnection conn)
    {
        var stream = Guid.NewGuid();
        await using var cmd = new NpgsqlCommand(
            "INSERT INTO raw_events (id, stream_id, version, data, type) VALUES ($1, $2, $3, $4::jsonb, $5)", conn)
        {
            Parameters =
            {
                new() { Value = Guid.CreateVersion7() }, new() { Value = stream }, new() { Value = 1L },
                new() { Value = JsonSerializer.Serialize(AppendBenchmark.NewMark(stream), JsonSerializerOptions.Web) }, new() { Value = "sheet.mark-awarded" },
            },
        };
        await cmd.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();
}
