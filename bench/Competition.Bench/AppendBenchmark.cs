using System.Globalization;
using System.Text;
using Competition.EventStore;

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
        await using var raw = await RawInserts.CreateAsync(db.ConnectionString);

        var rows = new List<(int Writers, double Raw, double Ours)>();
        foreach (var writers in Concurrency)
        {
            var rawRate = (await raw.MeasureAsync(writers, args)).PerSecond;
            var ourRate = (await Throughput.MeasureAsync(writers, args, _ => Task.FromResult(new Writer(Guid.NewGuid())), w => AppendOursAsync(store, w))).PerSecond;
            rows.Add((writers, rawRate, ourRate));
            Console.WriteLine($"{writers,3} writers: raw {rawRate,9:F0}/s  ours {ourRate,9:F0}/s  ratio {ourRate / rawRate:P0}");
        }

        await ResultsFile.WriteAsync("append", Report(rows, args));
        return 0;
    }

    sealed class Writer(Guid stream)
    {
        public Guid Stream { get; } = stream;
        public long Version { get; set; }
    }

    public static MarkAwarded NewMark() => new(Guid.NewGuid(), Guid.NewGuid(), 8.75m, Guid.NewGuid(), DateTimeOffset.UtcNow);

    static async Task AppendOursAsync(PostgresEventStore store, Writer writer)
    {
        var session = store.OpenSession();
        session.Events.Append(writer.Stream, writer.Version, NewMark());
        writer.Version = (await session.SaveChangesAsync()).StreamVersions[writer.Stream];
    }

    static string Report(List<(int Writers, double Raw, double Ours)> rows, BenchArgs args)
    {
        var md = new StringBuilder();
        md.AppendLine("# Append throughput: raw INSERT transactions vs Competition.EventStore");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"`dotnet run -c Release --project bench/Competition.Bench -- append` — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, " +
                      $"{Environment.ProcessorCount} cores, local cluster with fsync on, {args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s per cell.");
        md.AppendLine();
        md.AppendLine("| writers | raw INSERT tx/s | ours appends/s | ours / raw |");
        md.AppendLine("|---:|---:|---:|---:|");
        foreach (var (writers, rawRate, ours) in rows)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {writers} | {rawRate:F0} | {ours:F0} | {ours / rawRate:P0} |");
        return md.ToString();
    }
}
