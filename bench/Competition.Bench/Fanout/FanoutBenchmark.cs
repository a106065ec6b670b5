using System.Globalization;
using Competition.TestSupport;

namespace Competition.Bench.Fanout;

/// <summary>
/// Audience fan-out: the real API as its own process, 1,000 / 5,000 / 10,000 screens on one category's
/// board over raw SignalR WebSockets, marks PUT at 20/s; mark-to-screen latency, boards lost, server CPU
/// and peak memory. One API process serves every size in turn (its peak memory only grows), as a server
/// that has been up a while would: warmed up, its JIT tiers settled. <c>--entries N</c> sizes the category (20);
/// <c>--top K</c> has the screens watch its first K rows (<c>WatchTop</c>) rather than all of it.
/// </summary>
internal static class FanoutBenchmark
{
    public static async Task<int> RunAsync(string[] argv)
    {
        var quick = argv.Contains("--quick");
        var sizes = Value(argv, "--sizes") is { } list
            ? list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : quick ? [200, 1_000] : [1_000, 5_000, 10_000];
        var settings = new FanoutCell.Settings(
            Rate: Number(argv, "--rate", 20),
            Window: TimeSpan.FromSeconds(Number(argv, "--seconds", quick ? 3 : 9)),
            Warmup: TimeSpan.FromSeconds(Number(argv, "--warmup", 3)),
            Repeats: 3,
            ConnectConcurrency: (int)Number(argv, "--connect-concurrency", 64));

        var top = Value(argv, "--top") is { } k ? int.Parse(k, CultureInfo.InvariantCulture) : (int?)null;
        var board = new FanoutBoard((int)Number(argv, "--entries", FanoutBoard.Default.Entries), top);
        if (board.Entries < 1 || top is < 1 or > 1000) throw new ArgumentException("--entries takes 1 or more, --top 1 to 1000 (the hub's window limit).");

        await using var db = await BenchDatabase.StartAsync("fanout");
        var adminKey = $"bench-{Guid.NewGuid():N}";
        // --api-env KEY=VALUE,... passes settings or runtime knobs to the API process (e.g. DOTNET_PerfMapEnabled=1 for perf).
        var apiEnv = (Value(argv, "--api-env") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        await using var api = await ApiProcess.StartAsync(db.ConnectionString, adminKey, apiEnv);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var contest = await FanoutContest.SetUpAsync(http, adminKey, board);
        Console.WriteLine($"{board}: set up in {contest.SetUpTime.TotalSeconds:F1} s");
        var limits = $"open files: bench {OpenFiles("self")}, API {OpenFiles(api.ProcessId.ToString(CultureInfo.InvariantCulture))}";
        Console.WriteLine($"{limits}; API pid {api.ProcessId}");

        var results = new List<FanoutCell.Result>();
        foreach (var size in sizes)
        {
            var result = await new FanoutCell([api], contest, settings).RunAsync(size);
            results.Add(result);
            Console.WriteLine(FanoutReport.Row(result));
        }

        var report = FanoutReport.Render(results, settings, limits, string.Concat(argv.Select(a => " " + a)), board, contest.SetUpTime);
        Console.WriteLine();
        Console.WriteLine(report);
        var dir = Path.Combine(RepositoryRoot.Find(), "bench", "results");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "fanout.md"), report);
        return 0;
    }

    /// <summary>The soft "Max open files" of a process: each screen is one socket on each side.</summary>
    static string OpenFiles(string pid) =>
        File.ReadLines($"/proc/{pid}/limits").First(l => l.StartsWith("Max open files", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];

    static string? Value(string[] argv, string name)
    {
        var i = Array.IndexOf(argv, name);
        return i >= 0 && i + 1 < argv.Length ? argv[i + 1] : null;
    }

    static double Number(string[] argv, string name, double fallback) =>
        Value(argv, name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
