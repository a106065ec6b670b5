using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Competition.Bench.Http;

namespace Competition.Bench;

/// <summary>
/// One tenant cannot stall another: contest B marks at 200/s with a watcher (the screen benchmark's window),
/// alone (quiet) and while contest A imports 5,000-entry CSVs as fast as the limits allow (noisy), alternating.
/// Each noisy window gets a new contest A, so it starts with a full import budget; the importer sends two
/// imports at a time and waits out each 429's Retry-After. The API's resident memory is sampled throughout.
/// </summary>
internal static class NoisyNeighbourBenchmark
{
    const double Rate = 200;
    const int Judges = 16, Entries = 30, Criteria = 4, RowsPerImport = 5000, Importers = 2;

    sealed record Pair(ScreenBenchmark.Cell Quiet, ScreenBenchmark.Cell Noisy, Imports Imports, long QuietRss, long NoisyRss);

    sealed record Imports(int Accepted, int Limited, int Failed, long Entries, double MedianMs, double MaxMs);

    public static async Task<int> RunAsync(string[] argv)
    {
        var args = BenchArgs.Parse(argv, seconds: 15, warmup: 0.5);
        var repeats = args.Integer("--repeats", 3);
        await using var api = await ApiUnderTest.StartAsync("noisy");
        var contest = await BenchContest.SetUpAsync(api.Http, Judges, Entries, Criteria);
        var judges = contest.Judges.Select(j => new JudgeAtWork(api.Http, contest, j)).ToArray();
        await using var log = new ApiEventLog(api.Database.ConnectionString);
        await using var watchers = await NodeWatchers.StartAsync(api.Api.BaseAddress, contest.Id, contest.Category, 1);
        var startRss = api.Api.ResidentBytes();

        await ScreenBenchmark.MeasureAsync(Rate, args with { Duration = TimeSpan.FromSeconds(2) }, judges, log, watchers);
        var pairs = new List<Pair>();
        for (var r = 0; r < repeats; r++)
        {
            var (quiet, quietRss) = await WithPeakMemoryAsync(api, () => ScreenBenchmark.MeasureAsync(Rate, args, judges, log, watchers));
            var neighbour = await NeighbourAsync(api.Http);
            using var stop = new CancellationTokenSource();
            var importing = ImportAsync(api.Http, neighbour, stop.Token);
            var (noisy, noisyRss) = await WithPeakMemoryAsync(api, () => ScreenBenchmark.MeasureAsync(Rate, args, judges, log, watchers));
            await stop.CancelAsync();
            var imports = await importing;
            pairs.Add(new Pair(quiet, noisy, imports, quietRss, noisyRss));
            Console.WriteLine($"#{r + 1}: quiet screen p99 {quiet.Screen.P99:F1} answer p99 {quiet.Answer.P99:F1} ms  | noisy screen p99 {noisy.Screen.P99:F1} " +
                              $"answer p99 {noisy.Answer.P99:F1} ms  imports {imports.Accepted} ({imports.Entries} entries, answered in {imports.MedianMs:F0} ms, max {imports.MaxMs:F0}) 429 {imports.Limited} failed {imports.Failed}  " +
                              $"RSS quiet {Mib(quietRss)} noisy {Mib(noisyRss)} MiB  missing {quiet.Missing + noisy.Missing}");
        }
        var endRss = api.Api.ResidentBytes();
        await ResultsFile.WriteAsync("noisy", Report(pairs, args, repeats, startRss, endRss));
        return pairs.Any(p => p.Quiet.Missing + p.Noisy.Missing + p.Quiet.NonOk + p.Noisy.NonOk > 0 || p.Imports.Failed > 0) ? 1 : 0;
    }

    static async Task<(ScreenBenchmark.Cell Cell, long PeakRss)> WithPeakMemoryAsync(ApiUnderTest api, Func<Task<ScreenBenchmark.Cell>> measure)
    {
        using var done = new CancellationTokenSource();
        long peak = 0;
        var sampler = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                peak = Math.Max(peak, api.Api.ResidentBytes());
                try { await Task.Delay(100, done.Token); } catch (OperationCanceledException) { }
            }
        });
        var cell = await measure();
        await done.CancelAsync();
        await sampler;
        return (cell, peak);
    }

    sealed record Neighbour(string Path, string Token);

    static async Task<Neighbour> NeighbourAsync(HttpClient http)
    {
        var created = (await BenchContest.SendAsync(http, HttpMethod.Post, "/api/contests", ApiUnderTest.AdminKey,
            new { name = "隔壁 Neighbour", kind = "skills" }, HttpStatusCode.Created))!;
        var neighbour = new Neighbour($"/api/contests/{created["id"]}", (string)created["organizerToken"]!);
        await BenchContest.SendAsync(http, HttpMethod.Post, $"{neighbour.Path}/categories", neighbour.Token,
            new { name = "Welder", entryType = "individual" }, HttpStatusCode.Created);
        await BenchContest.SendAsync(http, HttpMethod.Post, $"{neighbour.Path}/registration/open", neighbour.Token, null, HttpStatusCode.NoContent);
        return neighbour;
    }

    static async Task<Imports> ImportAsync(HttpClient http, Neighbour neighbour, CancellationToken stop)
    {
        int accepted = 0, limited = 0, failed = 0;
        var batch = 0;
        var took = new System.Collections.Concurrent.ConcurrentBag<double>();
        async Task Importer()
        {
            while (!stop.IsCancellationRequested)
            {
                var csv = Csv(Interlocked.Increment(ref batch));
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{neighbour.Path}/entries/import")
                {
                    Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
                    Headers = { Authorization = new AuthenticationHeaderValue("Bearer", neighbour.Token) },
                };
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    took.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    Interlocked.Increment(ref accepted);
                    continue;
                }
                if (response.StatusCode != HttpStatusCode.TooManyRequests) { Interlocked.Increment(ref failed); continue; }
                Interlocked.Increment(ref limited);
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                try { await Task.Delay(wait, stop); } catch (OperationCanceledException) { }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Importers).Select(_ => Importer()));
        var times = Spread.Of(took);
        return new Imports(accepted, limited, failed, (long)accepted * RowsPerImport, times.Median, times.Max);
    }

    static string Csv(int batch)
    {
        var csv = new StringBuilder("category,name,organization,members\n");
        for (var i = 0; i < RowsPerImport; i++) csv.Append($"Welder,Worker {batch}-{i},Plant {i % 97},\n");
        return csv.ToString();
    }

    static long Mib(long bytes) => bytes / (1024 * 1024);

    static string Report(List<Pair> pairs, BenchArgs args, int repeats, long startRss, long endRss)
    {
        var md = new StringBuilder();
        md.AppendLine("## Noisy neighbour: one contest marking while another imports");
        md.AppendLine();
        md.AppendLine($"`noisy` — the API (Release) as its own process; contest B: {Judges} judges × {Entries} entries × {Criteria} criteria, marks PUT " +
                      $"open-loop at {Rate:F0}/s with one Node SignalR watcher (as `screen`). Quiet and noisy windows alternate, {repeats} pairs of " +
                      $"{args.Warmup.TotalSeconds:0.#} s warm-up + {args.Duration.TotalSeconds:0.#} s; in each noisy window a new contest A imports " +
                      $"{RowsPerImport:N0}-row CSVs, {Importers} at a time, as fast as the import limits allow (429s waited out by their Retry-After). " +
                      "RSS is the API's resident memory, sampled every 100 ms; median (min–max) over pairs.");
        md.AppendLine();
        md.AppendLine("| window | screen p50 ms | screen p99 ms | answer p50 ms | answer p99 ms | boards/s | peak RSS MiB | imports accepted | entries imported | 429 |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        void Row(string name, IReadOnlyList<ScreenBenchmark.Cell> cells, IEnumerable<long> rss, string imports) =>
            md.AppendLine($"| {name} | {Spread.Of(cells.Select(c => c.Screen.P50)).Format("F1")} | {Spread.Of(cells.Select(c => c.Screen.P99)).Format("F1")} " +
                          $"| {Spread.Of(cells.Select(c => c.Answer.P50)).Format("F1")} | {Spread.Of(cells.Select(c => c.Answer.P99)).Format("F1")} " +
                          $"| {Spread.Of(cells.Select(c => c.BoardsPerSecond)).Format("F0")} | {Spread.Of(rss.Select(b => (double)Mib(b))).Format("F0")} | {imports}");
        Row("quiet", [.. pairs.Select(p => p.Quiet)], pairs.Select(p => p.QuietRss), "— | — | — |");
        Row("noisy", [.. pairs.Select(p => p.Noisy)], pairs.Select(p => p.NoisyRss),
            $"{pairs.Sum(p => p.Imports.Accepted)} | {pairs.Sum(p => p.Imports.Entries):N0} | {pairs.Sum(p => p.Imports.Limited)} |");
        var screen = Spread.Of(pairs.Select(p => p.Noisy.Screen.P99 / p.Quiet.Screen.P99));
        var answer = Spread.Of(pairs.Select(p => p.Noisy.Answer.P99 / p.Quiet.Answer.P99));
        md.AppendLine();
        md.AppendLine($"Noisy ÷ quiet, per pair: screen p99 {screen.Median:F2}× ({screen.Min:F2}–{screen.Max:F2}), answer p99 {answer.Median:F2}× " +
                      $"({answer.Min:F2}–{answer.Max:F2}). Target: within 2×: {(screen.Median <= 2 && answer.Median <= 2 ? "met" : "missed")}" +
                      $"{(screen.Median <= 2 && answer.Median <= 2 && (screen.Max > 2 || answer.Max > 2) ? " on the median, not in every pair" : "")}.");
        md.AppendLine($"API resident memory: {Mib(startRss)} MiB after set-up, peak {Mib(pairs.Max(p => Math.Max(p.QuietRss, p.NoisyRss)))} MiB, " +
                      $"{Mib(endRss)} MiB at the end, after {pairs.Sum(p => p.Imports.Entries):N0} entries imported.");
        md.AppendLine($"Missing boards {pairs.Sum(p => p.Quiet.Missing + p.Noisy.Missing)}, non-200 marks {pairs.Sum(p => p.Quiet.NonOk + p.Noisy.NonOk)}, " +
                      $"failed imports {pairs.Sum(p => p.Imports.Failed)}.");
        return md.ToString();
    }
}
