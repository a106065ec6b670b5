using System.Globalization;
using Competition.Bench;

// Reports are read by people anywhere: one number format for all of them.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Each benchmark is a sub-command: dotnet run -c Release --project bench/Competition.Bench -- <name> [options].
// `list` prints the names, for bench/run.sh.
var commands = new Dictionary<string, Func<string[], Task<int>>>
{
    ["append"] = AppendBenchmark.RunAsync,
    ["marks"] = MarksBenchmark.RunAsync,
    ["marks-vs-old"] = MarksVsOldBenchmark.RunAsync,
    ["screen"] = ScreenBenchmark.RunAsync,
    ["coldstart"] = ColdStartBenchmark.RunAsync,
    ["soak"] = SoakBenchmark.RunAsync,
    ["rebuild"] = Competition.Bench.Rebuild.RebuildBenchmark.RunAsync,
    ["fanout"] = Competition.Bench.Fanout.FanoutBenchmark.RunAsync,
    ["noisy"] = NoisyNeighbourBenchmark.RunAsync,
    ["scaleout"] = Competition.Bench.ScaleOut.ScaleOutBenchmark.RunAsync,
};

if (args is ["list"])
{
    foreach (var name in commands.Keys) Console.WriteLine(name);
    return 0;
}
if (args.Length == 0 || !commands.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: Competition.Bench <{string.Join('|', commands.Keys)}|list> [--seconds N] [--warmup N]");
    return 2;
}
return await run(args[1..]);
