using System.Globalization;
using System.Text;
using System.Text.Json;
using Competition.EventStore;
using Competition.TestSupport;
using Npgsql;

namespace Competition.Bench;

/// <summary>
/// Appends/s of our store against the floor it is built on: one single-row INSERT transaction per
/// append through Npgsql into a table of the same shape, at 1, 8 and 32 concurrent writers.
/// </summary>
internal static class AppendBenchmark
{
    public sealed record MarkAwarded(Guid SheetId, Guid CriterionId, decimal Points, Guid JudgeId, DateTimeOffset AwardedAt);

    static readonly int[] Concurrency = [1, 8, 32];

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv);
        await using var db = await BenchDatabase.StartAsync("append");
        var options = new EventStoreOptions { ConnectionString = db.ConnectionString, Schema = "bench" };
        options.Events.Register<MarkAwarded>("bench.mark_awarded");
        await using var store = new PostgresEventStore(options);
        await store.EnsureSchemaAsync();
        await using var raw = NpgsqlDataSource.Create(db.ConnectionString);
        await CreateRawTableAsync(raw);

        var rows = new List<(int Writers, double Raw, double Ours)>();
        foreach (var writers in Concurrency)
        {
            var rawRate = await Throughput.MeasureAsync(writers, args, _ => raw.OpenConnectionAsync().AsTask(), InsertRawAsync, c => c.DisposeAsync());
            var ourRate = await Throughput.MeasureAsync(writers, args, _ => Task.FromResult(new Writer(Guid.NewGuid())), w => AppendOursAsync(store, w));
            rows.Add((writers, rawRate, ourRate));
            Console.WriteLine($"{writers,3} writers: raw {rawRate,9:F0}/s  ours {ourRate,9:F0}/s  ratio {ourRate / rawRate:P0}");
        }

        var report = Report(rows, args);
        Console.WriteLine();
        Console.WriteLine(report);
        var dir = Path.Combine(RepositoryRoot.Find(), "bench", "results");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "append.md"), report);
        return 0;
    }

    sealed class Writer(Guid stream)
    {
        public Guid Stream { get; } = stream;
        public long Version { get; set; }
    }

    static MarkAwarded NewMark() => new(Guid.NewGuid(), Guid.NewGuid(), 8.75m, Guid.NewGuid(), DateTimeOffset.UtcNow);

    static async Task AppendOursAsync(PostgresEventStore store, Writer writer)
    {
        var session = store.OpenSession();
        session.Events.Append(writer.Stream, writer.Version, NewMark());
        writer.Version = (await session.SaveChangesAsync()).StreamVersions[writer.Stream];
    }

    static async Task InsertRawAsync(NpgsqlConnection conn)
    {
        await using var cmd = new NpgsqlCommand(
            "INSERT INTO raw_events (id, stream_id, version, data, type) VALUES ($1, $2, $3, $4::jsonb, $5)", conn)
        {
            Parameters =
            {
                new() { Value = Guid.CreateVersion7() }, new() { Value = Guid.NewGuid() }, new() { Value = 1L },
                new() { Value = JsonSerializer.Serialize(NewMark(), JsonSerializerOptions.Web) }, new() { Value = "bench.mark_awarded" },
            },
        };
        await cmd.ExecuteNonQueryAsync();
    }

    static async Task CreateRawTableAsync(NpgsqlDataSource raw)
    {
        await using var cmd = raw.CreateCommand("""
            CREATE TABLE raw_events (seq_id bigserial PRIMARY KEY, id uuid NOT NULL, stream_id uuid NOT NULL, version bigint NOT NULL,
                data jsonb NOT NULL, type text NOT NULL, timestamp timestamptz NOT NULL DEFAULT now())
            """);
        await cmd.ExecuteNonQueryAsync();
    }

    static string Report(List<(int Writers, double Raw, double Ours)> rows, BenchArgs args)
    {
        var md = new StringBuilder();
        md.AppendLine("# Append throughput: raw INSERT transactions vs Competition.EventStore");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Competition.Bench -- append` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
                      $"{Environment.ProcessorCount} cores, local cluster with fsync on, {args.Warmup.TotalSeconds:F0} s warm-up + {args.Duration.TotalSeconds:F0} s per cell.");
        md.AppendLine();
        md.AppendLine("| writers | raw INSERT tx/s | ours appends/s | ours / raw |");
        md.AppendLine("|---:|---:|---:|---:|");
        foreach (var (writers, rawRate, ours) in rows)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {writers} | {rawRate:F0} | {ours:F0} | {ours / rawRate:P0} |");
        return md.ToString();
    }
}
