using Competition.TestSupport;

namespace Competition.Bench;

/// <summary>Each benchmark's section of bench/results.md, written to bench/results/&lt;name&gt;.md (bench/run.sh assembles them).</summary>
internal static class ResultsFile
{
    public static async Task WriteAsync(string name, string markdown)
    {
        Console.WriteLine();
        Console.WriteLine(markdown);
        var dir = Path.Combine(RepositoryRoot.Find(), "bench", "results");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, $"{name}.md"), markdown);
    }
}
