using Competition.Bench;

// Each benchmark is a sub-command: dotnet run -c Release --project bench/Competition.Bench -- <name> [options]
var commands = new Dictionary<string, Func<string[], Task<int>>>
{
    ["append"] = AppendBenchmark.RunAsync,
    ["rebuild"] = Competition.Bench.Rebuild.RebuildBenchmark.RunAsync,
    ["fanout"] = Competition.Bench.Fanout.FanoutBenchmark.RunAsync,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Competition.Bench <{string.Join('|', commands.Keys)}> [--seconds N] [--warmup N]");
    return 2;
}
return await run(args[1..]);
